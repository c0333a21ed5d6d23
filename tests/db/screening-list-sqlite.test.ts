import { createSqliteDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";
import { describeScreeningList } from "../support/screening-list-suite";

prepareTestDatabase(createSqliteDatabase);
describeScreeningList("SQLite");
