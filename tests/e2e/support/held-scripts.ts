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

/**
 * Runs the page's scripts on a CPU `rate` times slower, as on an older tablet: React's hydration then takes long
 * enough that what a person does meanwhile is tried every time, not only on a loaded machine.
 */
export async function slowDownCpu(page: Page, rate: number): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Emulation.setCPUThrottlingRate", { rate });
}
