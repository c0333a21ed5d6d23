/**
 * `npm run db:generate`: writes each engine's schema (lib/db/generated/schema/<engine>.prisma) from
 * prisma/schema.prisma and generates its client into lib/db/generated/<engine>.
 *
 * `prisma generate` never runs the schema engine, but at start-up it tries to download one unless
 * PRISMA_SCHEMA_ENGINE_BINARY names an executable; the wasm engine (scripts/db/schema-engine.ts) does the
 * real work, so any executable will do.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { engineSchema, ENGINES, GENERATED_SCHEMA_DIR, generatedSchemaPath, PROJECT_ROOT } from "./engine-schemas";

const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build/index.js");

mkdirSync(GENERATED_SCHEMA_DIR, { recursive: true });
for (const engine of ENGINES) {
  const schemaPath = generatedSchemaPath(engine);
  writeFileSync(schemaPath, engineSchema(engine));
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schemaPath, "--no-hints"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath },
  });
}
