/**
 * The Content Security Policy check of the other browser tests can fail: on a stand-in page that breaks its
 * own policy in the three ways the app could, it reports each one. (Code run by `page.evaluate` is exempt from
 * a page's policy, so the page itself must misbehave.)
 */
import { expect, test } from "@playwright/test";

import { recordCspProblems } from "./support/csp-console";

const NONCE = "c3RhbmQtaW4tcGFnZS1ub25jZQ";

test("the CSP check reports a blocked inline script, a caught eval probe and an inline style", async ({ page }) => {
  const problems = await recordCspProblems(page);
  await page.route("**/csp-check-stand-in", (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "Content-Security-Policy": `script-src 'nonce-${NONCE}'; style-src 'self'` },
      body: [
        "<!doctype html><title>stand-in</title>",
        "<script>window.inlineRan = true</script>",
        `<script nonce="${NONCE}">try { new Function(""); } catch { window.probeCaught = true; }</script>`,
        '<p style="color: red">styled inline</p>',
      ].join("\n"),
    }),
  );
  await page.goto("/csp-check-stand-in");
  await expect.poll(() => page.evaluate(() => (window as { probeCaught?: boolean }).probeCaught)).toBe(true);

  await expect.poll(() => problems.filter((problem) => problem.startsWith("Content Security Policy violation")).length).toBe(3);
  expect(problems.join("\n")).toMatch(/script-src-elem blocked inline/);
  expect(problems.join("\n")).toMatch(/script-src blocked eval/);
  expect(problems.join("\n")).toMatch(/style-src-attr blocked inline/);
});
