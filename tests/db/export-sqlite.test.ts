import { createSqliteDatabase } from "../support/db-engines";
import { describeExport } from "../support/export-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createSqliteDatabase);
describeExport("SQLite");
