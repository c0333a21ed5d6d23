import { createSqliteDatabase } from "../support/db-engines";
import { describeSignInThrottle } from "../support/sign-in-throttle-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

describeSignInThrottle("SQLite", prepareTestDatabase(createSqliteDatabase));
