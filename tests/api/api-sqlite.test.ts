import { describeApiContract } from "../support/api-contract-suite";
import { createSqliteDatabase } from "../support/db-engines";
import { prepareAppServer } from "../support/prepare-app-server";

describeApiContract("SQLite", prepareAppServer(createSqliteDatabase, 3560));
