import { describeAmendments } from "../support/amendment-suite";
import { createPostgresDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createPostgresDatabase);
describeAmendments("PostgreSQL");
