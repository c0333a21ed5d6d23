import { existsSync } from "node:fs";
import { join } from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The browser tests' own database, recreated each time the test server starts. */
export const E2E_DATABASE_FILE = join(process.cwd(), "data", "e2e", "screenings.db");

/**
 * A second server for the idle-logoff tests, with the idle limit shortened to seconds (every other test would
 * trip over such a limit), on a database of its own.
 */
export const E2E_IDLE_SERVER = {
  port: E2E_PORT + 1,
  databaseFile: join(process.cwd(), "data", "e2e", "idle.db"),
  idleTimeoutSeconds: 20,
  idleWarningSeconds: 12,
} as const;

/** Where the test server on `port` writes its process id. */
export function serverPidFile(port: number): string {
  return join(process.cwd(), "data", "e2e", `server-${port}.pid`);
}

/**
 * The flags every Chromium of the project starts with (the browser tests, the Lighthouse benchmark): without
 * the networking ones it floods this machine's closed network at start-up.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** A Chromium already installed on this machine; the tests never download one. */
export function findChromium(): string {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but no file is there.`);
    }
    return fromEnvironment;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      [
        "The browser tests need Chromium, and none was found",
        `(looked at ${CHROMIUM_CANDIDATES.join(", ")}).`,
        "Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu),",
        "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
      ].join(" "),
    );
  }
  return found;
}

/** The browser tests' server signs with this secret, so fixtures can enrol an authenticator for a test account. */
export const E2E_AUTH_SECRET = "e2e-only-secret-never-used-outside-the-browser-tests";
