/**
 * One data model, two engines. `prisma/schema.prisma` is the source (written for SQLite); the PostgreSQL
 * schema is derived from it by changing only the datasource `provider` and the generated client's `output`.
 * Everything that reads or diffs the model goes through `engineSchema` so the engines cannot drift apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ENGINES = ["sqlite", "postgresql"] as const;
export type Engine = (typeof ENGINES)[number];

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SOURCE_SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");
/** Engine schemas written for `prisma generate` (git-ignored with the generated clients). */
export const GENERATED_SCHEMA_DIR = path.join(PROJECT_ROOT, "lib/db/generated/schema");
export const GENERATED_CLIENT_DIR = path.join(PROJECT_ROOT, "lib/db/generated");

export function migrationsDir(engine: Engine): string {
  return path.join(PROJECT_ROOT, "prisma/migrations", engine);
}

export function generatedSchemaPath(engine: Engine): string {
  return path.join(GENERATED_SCHEMA_DIR, `${engine}.prisma`);
}

const PROVIDER_LINE = /^(\s*provider\s*=\s*)"sqlite"(\s*)$/m;
const OUTPUT_LINE = /^(\s*output\s*=\s*)"[^"]*"(\s*)$/m;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, "gm"));
  if (matches?.length !== 1) {
    throw new Error(`prisma/schema.prisma must have exactly one ${what} line (found ${matches?.length ?? 0})`);
  }
  return text.replace(pattern, replacement);
}

/**
 * The schema text for one engine. `outputFrom` is the folder the schema file will live in, so that the
 * client's relative `output` path lands in lib/db/generated/<engine> wherever the text is written.
 */
export function engineSchema(engine: Engine, source = readFileSync(SOURCE_SCHEMA_PATH, "utf8"), outputFrom = GENERATED_SCHEMA_DIR): string {
  const output = path.relative(outputFrom, path.join(GENERATED_CLIENT_DIR, engine)).split(path.sep).join("/");
  const withProvider = replaceOnce(source, PROVIDER_LINE, `$1"${engine}"$2`, 'datasource `provider = "sqlite"`');
  return replaceOnce(withProvider, OUTPUT_LINE, `$1"${output}"$2`, "generator `output`");
}
