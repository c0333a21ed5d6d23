import { createPostgresDatabase } from "../support/db-engines";
import { describeIdentityChange } from "../support/identity-change-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createPostgresDatabase);
describeIdentityChange("PostgreSQL");
