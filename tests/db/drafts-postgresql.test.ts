import { createPostgresDatabase } from "../support/db-engines";
import { describeDrafts } from "../support/drafts-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createPostgresDatabase);
describeDrafts("PostgreSQL");
