import { createPostgresDatabase } from "../support/db-engines";
import { describePatientSearchTextBackfill } from "../support/patient-search-text-backfill-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createPostgresDatabase);
describePatientSearchTextBackfill("PostgreSQL");
