/**
 * zod, configured once for the whole app: import `z` from here, never from "zod" (ESLint enforces it).
 *
 * `jitless`: zod 4 compiles object parsers with `new Function`, and to find out whether it may, it calls
 * `new Function("")` when the first object schema is built. Under the app's Content Security Policy (no
 * `'unsafe-eval'`) that call throws; zod catches it, but Chromium still reports a CSP violation on every page
 * that builds a schema. The interpreted parser gives the same results. The setting must be in place before any
 * `z.object(...)` runs, which importing `z` from this module guarantees.
 *
 * `z` is not zod's own namespace but the members the app uses (zod-members.ts): zod's namespace drags every
 * locale and the JSON Schema importer into the browser's bundle.
 */
import { config } from "zod";

config({ jitless: true });

export * as z from "./zod-members";
