/**
 * Holding back a page's scripts, to try what a person does before the page comes to life: the page is the
 * server's HTML alone until `release` lets every held script through.
 */
import type { Page } from "@playwright/test";

export async function holdBackScripts(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return { release };
}
