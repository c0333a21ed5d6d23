import { describeApiTokens } from "../support/api-tokens-suite";
import { createSqliteDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createSqliteDatabase);
describeApiTokens("SQLite");
