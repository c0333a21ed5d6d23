import { describeAccounts } from "../support/accounts-suite";
import { createPostgresDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createPostgresDatabase);
describeAccounts("PostgreSQL");
