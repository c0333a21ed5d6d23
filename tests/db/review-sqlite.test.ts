import { createSqliteDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";
import { describeReview } from "../support/review-suite";

prepareTestDatabase(createSqliteDatabase);
describeReview("SQLite");
