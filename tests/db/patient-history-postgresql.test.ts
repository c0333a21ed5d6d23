import { createPostgresDatabase } from "../support/db-engines";
import { describePatientHistory } from "../support/patient-history-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createPostgresDatabase);
describePatientHistory("PostgreSQL");
