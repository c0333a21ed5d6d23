/**
 * Checks that a page works under the app's Content Security Policy: Chromium reports every blocked script,
 * style, eval or connection as a `securitypolicyviolation` event, and most of them also as a console message
 * or a page error. A test that imports `test` from here fails if any of these mentions the policy, on any page
 * it visited, even when the page still looked right (a blocked script can fail silently).
 */
import { test as base, expect, type Page } from "@playwright/test";

const MENTIONS_CSP = /content security policy/i;

/** Starts recording on `page`, across navigations; returns the list that fills as problems are reported. */
export async function recordCspProblems(page: Page): Promise<readonly string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (MENTIONS_CSP.test(message.text())) problems.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (MENTIONS_CSP.test(error.message)) problems.push(`page error on ${page.url()}: ${error.message}`);
  });
  // Violations caught by the page's own code (a library probing for eval) reach only the event, not the console.
  await page.exposeFunction("__recordCspViolation", (report: string) => {
    problems.push(`Content Security Policy violation on ${page.url()}: ${report}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`;
      void (window as unknown as { __recordCspViolation(report: string): Promise<void> }).__recordCspViolation(report);
    });
  });
  return problems;
}

/** `test` with every page checked for Content Security Policy problems when the test ends. */
export const test = base.extend<{ cspProblems: readonly string[] }>({
  cspProblems: [
    async ({ page }, use) => {
      const problems = await recordCspProblems(page);
      await use(problems);
      // Reports travel to the test over the same channel as evaluations: one round trip delivers those pending.
      await page.evaluate(() => undefined).catch(() => undefined);
      expect(problems, "Chromium reported Content Security Policy problems").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
