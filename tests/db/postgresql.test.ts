import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { resolveDatabaseTarget } from "@/lib/db/database-url.server";
import { applyPendingMigrations, readMigrations } from "@/scripts/db/migrations";

import { createPostgresDatabase } from "../support/db-engines";
import { describeDataAccess } from "../support/db-suite";
import { describePatientSearch } from "../support/patient-search-suite";
import { describeEarlierVersionReads } from "../support/earlier-version-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

const database = prepareTestDatabase(createPostgresDatabase);

describe("PostgreSQL migrations", () => {
  it("applied every migration to the scratch database, and applying again does nothing", async () => {
    expect(database().applied).toEqual(readMigrations("postgresql").map((migration) => migration.name));
    expect(await applyPendingMigrations(resolveDatabaseTarget(database().url))).toEqual([]);
  });

  it("runs on PostgreSQL", async () => {
    const db = await getDb();
    const [row] = await db.$queryRawUnsafe<{ version: string }[]>("SELECT version() AS version");
    expect(row?.version).toMatch(/PostgreSQL/);
  });
});

describeDataAccess("PostgreSQL");
describePatientSearch("PostgreSQL");
describeEarlierVersionReads("PostgreSQL");
