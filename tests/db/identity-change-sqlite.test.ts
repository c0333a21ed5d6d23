import { createSqliteDatabase } from "../support/db-engines";
import { describeIdentityChange } from "../support/identity-change-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createSqliteDatabase);
describeIdentityChange("SQLite");
