/**
 * Prisma's schema engine as WebAssembly (`@prisma/schema-engine-wasm`, the version matching the CLI), driven
 * through a driver adapter. Prisma's CLI downloads a native engine for `migrate`, which these machines cannot;
 * this works offline and the same everywhere.
 *
 * The package's entry point imports its `.wasm` file as an ES module, which Node 20 allows only behind
 * `--experimental-wasm-modules`. Instantiating the file from its JavaScript glue here needs no flag, in plain
 * Node, tsx and vitest alike.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { DiffTarget, MigrationList, SchemaEngine };

let instantiated: Promise<void> | undefined;

function instantiateWasm(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

type Connection = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory["connect"]>>;

/**
 * Runs `work` with the engine on the adapter's database, then frees the engine and closes every connection
 * it opened (the engine does not: an open SQLite handle or pg pool would outlive the command).
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  await instantiateWasm();
  const opened: Connection[] = [];
  const track = async (connection: Promise<Connection>) => {
    const adapter = await connection;
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const engine = await glue.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(tracked));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}

/** A datamodel as a diff target. */
export function datamodelTarget(schema: string, file = "schema.prisma"): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: file, content: schema }] };
}

/** The SQL that takes a database from `from` to `to`; an empty string when they describe the same schema. */
export async function diffScript(engine: SchemaEngine, from: DiffTarget, to: DiffTarget): Promise<string> {
  const result = await engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTERS });
  // The engine reports an empty diff with exit code 0 and a comment-only script.
  return result.exitCode === 0 ? "" : (result.stdout ?? "");
}
