/**
 * The generated OpenAPI document is valid OpenAPI 3.1, describes every route file under app/api/v1 and no route
 * that does not exist, documents the refusals every operation can give, and has no dangling reference.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";

import { openApiDocument } from "@/lib/api/openapi";
import { API_BASE_PATH, API_VERSION } from "@/lib/api/operations";

type Operation = { responses: Record<string, unknown>; requestBody?: unknown; security?: unknown[] };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> }; servers: { url: string }[] };

const ORIGIN = "https://screening.example.org";
const document = openApiDocument({ origin: ORIGIN, version: API_VERSION });
const openApi = document as unknown as OpenApi;

const ROUTES_ROOT = join(process.cwd(), "app", "api", "v1");
const HTTP_METHOD_EXPORT = /^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm;

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** "METHOD /path" for each handler a route file exports, its path from its folders (`[id]` is `{id}`). */
function routeOperations(): string[] {
  return routeFiles(ROUTES_ROOT).flatMap((file) => {
    const folders = relative(ROUTES_ROOT, file).split(sep).slice(0, -1);
    const path = `/${folders.map((folder) => folder.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
    return [...readFileSync(file, "utf8").matchAll(HTTP_METHOD_EXPORT)].map((match) => `${match[1]} ${path}`);
  });
}

function documentedOperations(): Array<readonly [string, Operation]> {
  return Object.entries(openApi.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as const));
}

function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : references(inner)));
}

/** RFC 6901: the value a local reference points at, or undefined. */
function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, token) => (node !== null && typeof node === "object" && Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined), document);
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("is checked by a validator that refuses a broken copy", async () => {
    // Without this, a validator that accepted anything would make the test above pass on nothing.
    const broken = structuredClone(document) as Record<string, unknown>;
    delete broken.info;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("is served under the API's base path of the given origin", () => {
    expect(openApi.servers).toEqual([{ url: `${ORIGIN}${API_BASE_PATH}` }]);
  });

  it("finds the route files it is compared with", () => {
    // A broken walk would make the comparisons below pass on nothing.
    expect(routeOperations()).toEqual(expect.arrayContaining(["POST /assessments", "GET /screenings/{id}", "GET /openapi.json"]));
  });

  it("documents every handler of every route file under app/api/v1", () => {
    const documented = new Set(documentedOperations().map(([name]) => name));
    expect(routeOperations().filter((name) => !documented.has(name))).toEqual([]);
  });

  it("documents no operation without a route file", () => {
    const routes = new Set(routeOperations());
    expect(documentedOperations().filter(([name]) => !routes.has(name)).map(([name]) => name)).toEqual([]);
  });

  it("documents 401 and 403 on every operation that needs a token, and only there", () => {
    for (const [name, operation] of documentedOperations()) {
      const authenticated = operation.security === undefined || operation.security.length > 0;
      expect({ name, 401: "401" in operation.responses, 403: "403" in operation.responses }).toEqual({ name, 401: authenticated, 403: authenticated });
    }
    expect(documentedOperations().filter(([, operation]) => operation.security?.length === 0).map(([name]) => name)).toEqual(["GET /openapi.json"]);
  });

  it("documents 400, 413 and 422 on every operation that reads a body", () => {
    const withBody = documentedOperations().filter(([, operation]) => operation.requestBody !== undefined);
    expect(withBody.length).toBeGreaterThan(0);
    for (const [name, operation] of withBody) expect({ name, statuses: Object.keys(operation.responses) }).toEqual({ name, statuses: expect.arrayContaining(["400", "413", "422"]) });
  });

  it("documents 500 on every operation", () => {
    for (const [name, operation] of documentedOperations()) expect({ name, has500: "500" in operation.responses }).toEqual({ name, has500: true });
  });

  it("documents 503 with Retry-After on the PDF, which answers it when every place for preparing one is taken", () => {
    const pdf = openApi.paths["/screenings/{id}/pdf"]?.get as unknown as { responses: Record<string, { description: string; headers?: Record<string, unknown> }> };
    expect(pdf.responses["503"]?.description).toMatch(/Every place for preparing a PDF is taken/);
    expect(Object.keys(pdf.responses["503"]?.headers ?? {})).toEqual(["Retry-After"]);
  });

  it("resolves every $ref to a component schema", () => {
    const refs = references(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/);
      expect({ ref, resolved: resolvePointer(ref) !== undefined }).toEqual({ ref, resolved: true });
    }
  });

  it("lists no component that nothing refers to", () => {
    const referred = new Set(references(document));
    const unused = Object.keys(openApi.components.schemas).filter((name) => !referred.has(`#/components/schemas/${name}`));
    expect(unused).toEqual([]);
  });
});
