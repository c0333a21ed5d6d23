/**
 * Every route and Server Action the production build serves, read from the build's own manifests, and checked
 * against the files under app/ so that a new page, route handler or action is walked by the access tests
 * without anyone remembering to list it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const ROOT = process.cwd();

export interface BuiltAction {
  readonly id: string;
  /** e.g. "app/admin/users/actions.ts" */
  readonly file: string;
  readonly name: string;
  /** A page that uses it: posted there, a refusal comes back as the HTTP status (elsewhere only in the body). */
  readonly page: string;
}

/** Route paths as the build knows them ("/screenings/[id]"), pages and route handlers apart. */
export function builtRoutes(): { pages: string[]; handlers: string[] } {
  const manifest = JSON.parse(readFileSync(join(ROOT, ".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const pages: string[] = [];
  const handlers: string[] = [];
  for (const key of Object.keys(manifest)) {
    if (key.startsWith("/_")) continue; // the framework's own error pages
    if (key.endsWith("/page")) pages.push(key.slice(0, -"/page".length) || "/");
    else if (key.endsWith("/route") && !key.endsWith(".svg/route")) handlers.push(key.slice(0, -"/route".length));
  }
  return { pages: pages.sort(), handlers: handlers.sort() };
}

export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .map(([id, action]) => {
      const worker = Object.keys(action.workers).find((key) => key.endsWith("/page") && !key.startsWith("app/_"));
      if (!worker) throw new Error(`No page uses the Server Action ${action.filename}#${action.exportedName}`);
      return { id, file: action.filename, name: action.exportedName, page: worker.slice("app".length, -"/page".length) || "/" };
    })
    .sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The same, from the source tree: page.tsx and route.ts files, and the exports of "use server" files. */
export function sourceRoutesAndActions(): { pages: string[]; handlers: string[]; actions: string[] } {
  const files = filesUnder(join(ROOT, "app")).map((file) => relative(ROOT, file).split(sep).join("/"));
  const routeOf = (file: string) => file.replace(/^app/, "").replace(/\/(page\.tsx|route\.ts)$/, "") || "/";
  const actions = files
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(join(ROOT, file), "utf8")))
    .flatMap((file) => [...readFileSync(join(ROOT, file), "utf8").matchAll(/export async function (\w+)/g)].map((match) => `${file}#${match[1]}`));
  return {
    pages: files.filter((file) => file.endsWith("/page.tsx")).map(routeOf).sort(),
    handlers: files.filter((file) => file.endsWith("/route.ts")).map(routeOf).sort(),
    actions: actions.sort(),
  };
}

/** The HTTP methods a route handler's source exports ("GET", "POST", …), for "/api/session" and the like. */
export function handlerMethods(route: string): string[] {
  const source = readFileSync(join(ROOT, "app", ...route.split("/").filter(Boolean), "route.ts"), "utf8");
  return [...source.matchAll(/export (?:const|async function) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)].map((match) => match[1]!).sort();
}
