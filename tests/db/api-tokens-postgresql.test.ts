import { describeApiTokens } from "../support/api-tokens-suite";
import { createPostgresDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createPostgresDatabase);
describeApiTokens("PostgreSQL");
