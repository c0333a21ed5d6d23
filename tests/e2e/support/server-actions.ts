/**
 * Losing the new-screening page's Server Action requests on the way (a connection reset), as a flaky network
 * would: the page must say so and keep what was typed. Other requests pass untouched.
 */
import type { Page } from "@playwright/test";

/** A draft save carries the form's raw state; the screening's own save carries the submission. */
export function isDraftSave(body: string): boolean {
  return body.includes('"formState"');
}

/** Each Server Action request is lost when `lose(body)` says so, asked at the time the request is made. */
export async function loseServerActions(page: Page, lose: (body: string) => boolean): Promise<void> {
  await page.route("**/screenings/new**", async (route) => {
    const request = route.request();
    const isServerAction = request.method() === "POST" && (await request.headerValue("next-action"));
    if (isServerAction && lose(request.postData() ?? "")) await route.abort("connectionreset");
    else await route.fallback();
  });
}
