/**
 * First-load JavaScript (gzip) of every page of the production build, printed against the budget in
 * tests/e2e/javascript-budget.json: the same walk as tests/e2e/javascript-budget.spec.ts, on a server of its own
 * (127.0.0.1:4005, a scratch SQLite file). Builds first when the sources changed. Not a test: it never fails
 * over budget; the spec does.
 * Run: npm run bench:js [-- --scripts]   (`--scripts`: every page's scripts too, largest first)
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { builtRoutes } from "@/tests/e2e/support/app-routes";
import { ensureBuilt, migrate, startAppServer } from "@/tests/support/app-server";
import { budgetFor, formatScriptList, formatSizeTable, measurePage, pageVisits, readJavascriptBudget, seedPageWalk, type PageSize } from "@/tests/support/javascript-size";

import { writeFigures } from "./support/write-figures";

const PORT = 4005;
const listScripts = process.argv.includes("--scripts");

ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), "javascript-size-"));
const databaseFile = join(dir, "bench.db");
const authSecret = randomBytes(32).toString("base64url");
migrate(`file:${databaseFile}`);
const server = await startAppServer({ port: PORT, databaseUrl: `file:${databaseFile}`, authSecret });
try {
  const records = seedPageWalk(databaseFile, authSecret);
  const pages: PageSize[] = [];
  for (const visit of pageVisits(builtRoutes().pages, records)) {
    pages.push(await measurePage(server.origin, visit, visit.audience === "anonymous" ? undefined : records.cookies[visit.audience]));
  }
  console.log(`First-load JavaScript, gzip (node:zlib default level; kB = 1000 bytes), ${server.origin}:`);
  const budget = readJavascriptBudget();
  console.log(formatSizeTable(pages, budget));
  writeFigures("javascript", {
    pages: pages.map((page) => ({ route: page.route, audience: page.audience, scripts: page.scripts.length, gzipBytes: page.gzipBytes, budgetKilobytes: budgetFor(budget, page.route) })),
  });
  if (listScripts) for (const page of pages) console.log(`\n${page.route}\n${formatScriptList(page)}`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
