/**
 * First-load JavaScript of every page, as a browser fetches it from a production server: the page's HTML is
 * requested with the session its audience has, every script it loads (`<script src>`) or preloads as a script
 * (`<link rel="preload" as="script">`, `<link rel="modulepreload">`) is fetched (not `nomodule` ones), gzipped with node:zlib at its
 * default level (6, what a typical server or proxy applies on the fly) and summed. kB are 1000 bytes.
 * Shared by tests/e2e/javascript-budget.spec.ts (which fails over budget) and `npm run bench:js`.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import Database from "better-sqlite3";

import { assess, RULES_VERSION } from "@/lib/rules";

import { makeScreeningInput } from "./screening-factory";
import { screeningRowWriter, sqliteDate } from "./screening-rows";
import { signedSessionCookie } from "./session-cookie";

export interface JavascriptBudget {
  /** Gzip bytes any page may load before it is interactive. */
  readonly defaultBytes: number;
  /** Routes as the build names them ("/screenings/[id]/amend") with a budget of their own. */
  readonly routes: Readonly<Record<string, number>>;
}

export function readJavascriptBudget(root = process.cwd()): JavascriptBudget {
  const file = JSON.parse(readFileSync(join(root, "tests", "e2e", "javascript-budget.json"), "utf8")) as {
    defaultKilobytes: number;
    routes: Record<string, number>;
  };
  return {
    defaultBytes: file.defaultKilobytes * 1000,
    routes: Object.fromEntries(Object.entries(file.routes).map(([route, kilobytes]) => [route, kilobytes * 1000])),
  };
}

export function budgetFor(budget: JavascriptBudget, route: string): number {
  return budget.routes[route] ?? budget.defaultBytes;
}

export interface ScriptSize {
  readonly url: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PageSize {
  readonly route: string;
  readonly path: string;
  readonly audience: Audience;
  readonly scripts: readonly ScriptSize[];
  readonly gzipBytes: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), (match[2] ?? match[3] ?? match[4] ?? "").replaceAll("&amp;", "&"));
  }
  return attributes;
}

/** The script URLs a page's HTML makes the browser fetch at once, in document order, each once. */
export function firstLoadScriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [, tag, rest] of html.matchAll(TAG)) {
    const attributes = attributesOf(rest!);
    if (tag!.toLowerCase() === "script") {
      const src = attributes.get("src");
      // The framework's legacy polyfills: a browser that runs modules skips them and never fetches the file.
      if (src && !attributes.has("nomodule")) urls.add(src);
      continue;
    }
    const rel = attributes.get("rel")?.toLowerCase().split(/\s+/) ?? [];
    const href = attributes.get("href");
    const preloadsScript = rel.includes("modulepreload") || (rel.includes("preload") && attributes.get("as") === "script");
    if (href && preloadsScript) urls.add(href);
  }
  return [...urls];
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).length;

export type Audience = "anonymous" | "clinician" | "admin" | "not enrolled";

export interface PageVisit {
  readonly route: string;
  readonly path: string;
  readonly audience: Audience;
}

/** Fetches one page as its audience and sizes its first-load scripts; a redirect or an error page fails. */
export async function measurePage(origin: string, visit: PageVisit, cookie: string | undefined): Promise<PageSize> {
  const headers = cookie ? { cookie } : undefined;
  const response = await fetch(new URL(visit.path, origin), { headers, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${visit.path} as ${visit.audience} answered ${response.status}, not the page`);
  const html = await response.text();
  const scripts = await Promise.all(
    firstLoadScriptUrls(html).map(async (src) => {
      const url = new URL(src, origin);
      const script = await fetch(url, { headers });
      if (script.status !== 200) throw new Error(`${url.pathname} (loaded by ${visit.path}) answered ${script.status}`);
      const bytes = new Uint8Array(await script.arrayBuffer());
      return { url: url.pathname + url.search, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
    }),
  );
  return { ...visit, scripts, gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) };
}

const PUBLIC_ROUTES = ["/sign-in", "/sign-in/two-factor"];
const NOT_ENROLLED_ROUTES = ["/account/two-factor"];

/** Who sees a route's page rather than a redirect: the sign-in steps anonymous, enrolment before it is done. */
export function audienceOf(route: string): Audience {
  if (PUBLIC_ROUTES.includes(route)) return "anonymous";
  if (NOT_ENROLLED_ROUTES.includes(route)) return "not enrolled";
  return route.startsWith("/admin/") ? "admin" : "clinician";
}

export interface PageWalkRecords {
  readonly screeningId: string;
  readonly patientId: string;
  readonly cookies: Readonly<Record<Exclude<Audience, "anonymous">, string>>;
}

/** Pages that only redirect (app/page.tsx sends everyone to the list): they load nothing of their own. */
export const REDIRECT_ONLY_ROUTES: readonly string[] = ["/"];

/** Every built page route as a path to fetch, dynamic segments filled with the walk's own records. */
export function pageVisits(routes: readonly string[], records: Pick<PageWalkRecords, "screeningId" | "patientId">): PageVisit[] {
  return routes.filter((route) => !REDIRECT_ONLY_ROUTES.includes(route)).map((route) => ({
    route,
    audience: audienceOf(route),
    path: route.startsWith("/patients/") ? route.replace("[id]", records.patientId) : route.replace("[id]", records.screeningId),
  }));
}

/**
 * Writes what the walk needs straight into the server's SQLite file: an enrolled clinician, an enrolled admin,
 * a clinician who has not enrolled an authenticator yet, each with a session signed as better-auth signs its
 * cookie (HMAC-SHA256 with the server's secret), and one signed screening, so that its amendment page shows
 * the form rather than a refusal.
 */
export function seedPageWalk(databaseFile: string, authSecret: string): PageWalkRecords {
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 5_000 });
  try {
    const now = new Date();
    const tag = randomUUID().slice(0, 8);
    const insertUser = db.prepare(
      `INSERT INTO "User" (id, name, email, "emailVerified", role, "mustChangePassword", "twoFactorEnabled", "createdAt", "updatedAt")
       VALUES (?, ?, ?, 1, ?, 0, ?, ?, ?)`,
    );
    const insertSession = db.prepare(
      `INSERT INTO "Session" (id, "expiresAt", "lastActiveAt", token, "createdAt", "updatedAt", "userId") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const sessionCookie = (userId: string) => {
      const token = randomBytes(24).toString("base64url");
      const at = sqliteDate(now);
      insertSession.run(randomUUID(), sqliteDate(new Date(now.getTime() + 3_600_000)), at, token, at, at, userId);
      return signedSessionCookie(token, authSecret);
    };
    const user = (role: "clinician" | "admin", enrolled: boolean, name: string) => {
      const id = randomUUID();
      insertUser.run(id, `${name} ${tag}`, `js-size-${name.toLowerCase().replaceAll(" ", "-")}-${tag}@test.invalid`, role, enrolled ? 1 : 0, sqliteDate(now), sqliteDate(now));
      return id;
    };
    const clinicianId = user("clinician", true, "Sizing Clinician");
    const adminId = user("admin", true, "Sizing Admin");
    const notEnrolledId = user("clinician", false, "Sizing Newcomer");

    const input = makeScreeningInput({ patient: { fullName: `Sizing Patient ${tag}` } });
    const patientId = randomUUID();
    const screeningId = randomUUID();
    const rows = screeningRowWriter(db);
    rows.patient({ id: patientId, fullName: input.patient.fullName, dateOfBirth: input.patient.dateOfBirth, sexAtBirth: input.patient.sexAtBirth, createdAt: now });
    rows.screening({
      id: screeningId,
      patientId,
      submissionId: randomUUID(),
      input,
      rulesVersion: RULES_VERSION,
      flags: assess(input).flags,
      createdById: clinicianId,
      createdAt: now,
      status: "signed",
      signOff: { outcome: "cleared-with-precautions", signedById: adminId, signerName: `Sizing Admin ${tag}`, signedAt: now },
    });
    return {
      screeningId,
      patientId,
      cookies: { clinician: sessionCookie(clinicianId), admin: sessionCookie(adminId), "not enrolled": sessionCookie(notEnrolledId) },
    };
  } finally {
    db.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line per page: its gzip first-load JavaScript, its budget and whether it keeps it. */
export function formatSizeTable(pages: readonly PageSize[], budget: JavascriptBudget): string {
  const width = Math.max(...pages.map((page) => page.route.length), 5);
  const lines = [`${"page".padEnd(width)}  ${"as".padEnd(12)} ${"scripts".padStart(7)} ${"gzip".padStart(9)} ${"budget".padStart(9)}`];
  for (const page of pages) {
    const limit = budgetFor(budget, page.route);
    lines.push(
      `${page.route.padEnd(width)}  ${page.audience.padEnd(12)} ${String(page.scripts.length).padStart(7)} ${kB(page.gzipBytes).padStart(9)} ${kB(limit).padStart(9)}  ${page.gzipBytes <= limit ? "ok" : "OVER"}`,
    );
  }
  return lines.join("\n");
}

/** A page's scripts, largest first, for finding where the bytes go. */
export function formatScriptList(page: PageSize): string {
  return [...page.scripts]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((script) => `  ${kB(script.gzipBytes).padStart(9)} gzip ${kB(script.bytes).padStart(9)} raw  ${script.url}`)
    .join("\n");
}
