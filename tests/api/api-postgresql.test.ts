import { describeApiContract } from "../support/api-contract-suite";
import { createPostgresDatabase } from "../support/db-engines";
import { prepareAppServer } from "../support/prepare-app-server";

describeApiContract("PostgreSQL", prepareAppServer(createPostgresDatabase, 3561));
