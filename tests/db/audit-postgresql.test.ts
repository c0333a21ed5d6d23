import { PrismaPg } from "@prisma/adapter-pg";

import type { Db } from "@/lib/db/client.server";
import { PrismaClient } from "@/lib/db/generated/postgresql/client";

import { createPostgresDatabase } from "../support/db-engines";
import { describeAuditTrail } from "../support/audit-suite";

describeAuditTrail("PostgreSQL", createPostgresDatabase, {
  // Its own pool of connections, as another app server would have; cast to Db as client.server.ts does.
  openSecondClient: async (url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db,
});
