import { createSqliteDatabase } from "../support/db-engines";
import { describeAuditTrail } from "../support/audit-suite";

// The second writer is another process: two clients in one process would share its event loop, and
// better-sqlite3 waits for the file lock synchronously.
describeAuditTrail("SQLite", createSqliteDatabase);
