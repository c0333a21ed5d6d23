import { defineConfig } from "@playwright/test";

import { CHROMIUM_ARGS, E2E_IDLE_SERVER, E2E_PORT, findChromium } from "./tests/e2e/support/environment";

/**
 * Browser tests drive a production build on a fresh database, in the Chromium already on the machine:
 * Playwright never downloads a browser here (see docs/decisions).
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: [
    {
      command: "npx tsx tests/e2e/support/serve-fresh-app.ts",
      url: `http://127.0.0.1:${E2E_PORT}/sign-in`,
      // Generous: the first run builds the app.
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // Shortened idle limit for the idle-logoff tests; starts once the main server (and its build) is up.
      command: "npx tsx tests/e2e/support/serve-fresh-app.ts idle",
      url: `http://127.0.0.1:${E2E_IDLE_SERVER.port}/sign-in`,
      timeout: 420_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
