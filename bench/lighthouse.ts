/**
 * Lighthouse (npm `lighthouse`, driving the machine's Chromium; nothing downloads a browser) on three pages of a
 * production build: /sign-in signed out, /screenings/new (the form) and the result page of a stored screening
 * with critical, warning and counselling flags, both signed in as an enrolled clinician. Each page is run
 * several times with Lighthouse's default mobile emulation (simulated slow 4G and a 4× slower CPU, the stricter
 * case) and with its desktop preset; prints the median of each figure (performance, accessibility and
 * best-practices scores, FCP, LCP, TBT, CLS), every audit that kept a category under 100 and the machine's load,
 * and writes it all as JSON (data/bench/lighthouse.json). Not a test: it never fails on a score.
 *
 * The app runs as `npm start` runs it (its own HTTP server, REQUIRE_MFA on) on 127.0.0.1:3540 with a scratch
 * SQLite file. The screening is stored through the JSON API with a token (`npm run token:create`), and the
 * clinician signs in over HTTP through the sign-in page's Server Actions (password, then authenticator code);
 * Lighthouse sends the session cookie it got as an extra `Cookie` header on every request.
 * Performance scores move with the machine's load: compare runs made on a quiet machine.
 * Run: npm run bench:lighthouse [-- --runs 3 --mobile-only --reports /tmp/lighthouse]
 * (`--reports`: every run's full report there, as HTML to open in a browser and as JSON.)
 */
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Flags } from "lighthouse";

import { createTestAccount, freshCode } from "@/tests/e2e/support/accounts";
import { CHROMIUM_ARGS, findChromium } from "@/tests/e2e/support/environment";
import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { ensureBuilt, migrate, PROJECT_ROOT, startAppServer, type AppServer } from "@/tests/support/app-server";
import { HIGH_RISK_INPUT } from "@/tests/support/high-risk-screening";
import { cookieHeader, findAction, postServerAction } from "@/tests/support/server-action-client";

import { option } from "./support/figures";
import { CATEGORIES, failureLines, figuresOf, summarise, tableHeader, tableRow, type RunFigures } from "./support/lighthouse-figures";
import { writeFigures } from "./support/write-figures";

const PORT = 3540;
const RUNS = Number(option("--runs") ?? "") || 3;
const REPORTS_DIR = option("--reports");
const DEVICES = process.argv.includes("--mobile-only") ? (["mobile"] as const) : (["mobile", "desktop"] as const);
type Device = (typeof DEVICES)[number];
/** Headless, with the flags the browser tests use. */
const CHROMIUM_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

interface PageUnderTest {
  readonly label: string;
  readonly path: string;
  readonly signedIn: boolean;
}

/** A screening with flags of every severity, stored through the JSON API as other software stores one. */
async function storeScreening(origin: string, token: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/screenings`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ submissionId: randomUUID(), screening: HIGH_RISK_INPUT }),
  });
  const body = (await response.json()) as { id?: unknown };
  if (response.status !== 201 || typeof body.id !== "string") throw new Error(`Storing the screening answered ${response.status}: ${JSON.stringify(body)}`);
  return body.id;
}

/** Signs an enrolled clinician in through the sign-in page's two steps and returns the session cookie. */
async function signIn(server: AppServer, databaseFile: string, authSecret: string): Promise<string> {
  const account = await createTestAccount({ databaseFile, authSecret, name: "Lighthouse Clinician" });
  const password = await postServerAction(server.origin, findAction("app/sign-in/actions.ts", "signInAction"), { email: account.email, password: account.password });
  if (!password.body.includes('"next":"second-factor"')) throw new Error(`Signing in with the password answered ${password.status}: ${password.body.slice(0, 300)}`);
  const code = await postServerAction(
    server.origin,
    findAction("app/sign-in/actions.ts", "signInWithAuthenticatorCodeAction"),
    { code: await freshCode(account) },
    cookieHeader(password.cookies),
  );
  const cookie = cookieHeader(code.cookies.filter((pair) => pair.startsWith("ks.session_token=")));
  if (!cookie) throw new Error(`The authenticator code gave no session: ${code.status} ${code.body.slice(0, 300)}`);
  return cookie;
}

async function runLighthouse(port: number, url: string, device: Device, cookie: string | undefined, reportName: string) {
  const flags: Flags = {
    port,
    output: ["html", "json"],
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  };
  const config: Config | undefined = device === "desktop" ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  // A signed-in page that sent Lighthouse to /sign-in would be scored as the sign-in page: refuse that.
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
  if (REPORTS_DIR) {
    mkdirSync(REPORTS_DIR, { recursive: true });
    const [html, json] = result.report as string[];
    writeFileSync(path.join(REPORTS_DIR, `${reportName}.html`), html!);
    writeFileSync(path.join(REPORTS_DIR, `${reportName}.json`), json!);
  }
  return figuresOf(lhr);
}

function chromiumVersion(chromePath: string): string {
  try {
    return execFileSync(chromePath, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

const load = () => loadavg().map((value) => Number(value.toFixed(2)));

async function main(): Promise<void> {
  const chromePath = findChromium();
  ensureBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), "bench-lighthouse-"));
  const databaseFile = path.join(dir, "app.db");
  const databaseUrl = `file:${databaseFile}`;
  const authSecret = randomBytes(32).toString("base64url");
  let server: AppServer | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const cleanUp = async () => {
    chrome?.kill();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));
  try {
    migrate(databaseUrl);
    createAccount(databaseUrl, "lighthouse-api@test.invalid");
    const { token } = issueToken(databaseUrl, "lighthouse-api@test.invalid", "Lighthouse benchmark");
    server = await startAppServer({ port: PORT, databaseUrl, authSecret });
    const screeningId = await storeScreening(server.origin, token);
    const cookie = await signIn(server, databaseFile, authSecret);
    const pages: PageUnderTest[] = [
      { label: "/sign-in", path: "/sign-in", signedIn: false },
      { label: "/screenings/new", path: "/screenings/new", signedIn: true },
      { label: "/screenings/[id]", path: `/screenings/${screeningId}`, signedIn: true },
    ];

    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: "error" });
    const loadBefore = load();
    const results = [];
    for (const device of DEVICES) {
      for (const page of pages) {
        const runs: RunFigures[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const reportName = `${page.label.replace(/\W+/g, "-").replace(/^-|-$/g, "")}-${device}-${run + 1}`;
          runs.push(await runLighthouse(chrome.port, server.origin + page.path, device, page.signedIn ? cookie : undefined, reportName));
        }
        results.push({ page: page.label, path: page.path, device, median: summarise(runs), runs });
        process.stdout.write(".");
      }
    }
    const loadAfter = load();
    const width = Math.max(...pages.map((page) => page.label.length));
    console.log(`\nLighthouse ${lighthouseVersion()}, ${chromiumVersion(chromePath)}, ${server.origin}; median of ${RUNS} runs per page`);
    console.log(`load average (1, 5, 15 min) before ${loadBefore.join(", ")}, after ${loadAfter.join(", ")}\n`);
    console.log(tableHeader(width));
    for (const result of results) console.log(tableRow(width, result.page, result.device, result.median));
    const failing = results.filter((result) => result.median.failedAudits.length > 0);
    if (failing.length) console.log("\nAudits that kept a category under 100:");
    for (const result of failing) console.log([`  ${result.page} (${result.device})`, ...failureLines(result.median, RUNS)].join("\n"));
    const errored = [...new Set(results.flatMap((result) => result.median.erroredAudits.map((audit) => `${audit.id} (${audit.reason})`)))];
    if (errored.length) console.log(`\nAudits Lighthouse could not run (no score; not counted in any category):\n${errored.map((line) => `  ${line}`).join("\n")}`);

    writeFigures("lighthouse", {
      lighthouse: lighthouseVersion(),
      chromium: chromiumVersion(chromePath),
      runsPerPage: RUNS,
      loadAverage: { before: loadBefore, after: loadAfter },
      results,
    });
  } finally {
    await cleanUp();
  }
}

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules", "lighthouse", "package.json"), "utf8")) as { version: string }).version;
}

await main();
