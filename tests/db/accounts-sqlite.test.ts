import { describeAccounts } from "../support/accounts-suite";
import { createSqliteDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createSqliteDatabase);
describeAccounts("SQLite");
