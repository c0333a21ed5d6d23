import "server-only";

import path from "node:path";

/** Where the embedded database lives when `DATABASE_URL` is unset (relative to the project root). */
export const DEFAULT_DATABASE_URL = "file:./data/ketamine-screening.db";

export type DatabaseTarget =
  | { readonly engine: "sqlite"; readonly url: string; readonly filePath: string }
  | { readonly engine: "postgresql"; readonly url: string };

/**
 * Chooses the engine from the URL's scheme. Relative SQLite paths are resolved against `root` (the
 * project root, which is the working directory of `npm start`, `next start` and the scripts).
 */
export function resolveDatabaseTarget(
  rawUrl: string | undefined = process.env.DATABASE_URL,
  root: string = process.cwd(),
): DatabaseTarget {
  const url = rawUrl?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const location = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (location === "" || location === ":memory:") {
      throw new Error("DATABASE_URL must name a SQLite file (file:./data/app.db); in-memory databases are not kept");
    }
    const filePath = path.resolve(root, location);
    return { engine: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { engine: "postgresql", url };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}
