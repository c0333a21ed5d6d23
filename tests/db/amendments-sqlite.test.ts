import { describeAmendments } from "../support/amendment-suite";
import { createSqliteDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createSqliteDatabase);
describeAmendments("SQLite");
