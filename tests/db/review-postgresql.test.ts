import { createPostgresDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";
import { describeReview } from "../support/review-suite";

prepareTestDatabase(createPostgresDatabase);
describeReview("PostgreSQL");
