/**
 * Access control, walked over every page, route handler and Server Action of the production build: without a
 * session each is refused (pages redirect to sign-in, route handlers and actions answer 401), nothing is stored
 * and no patient data is in the answer; with a clinician's session the admin pages and actions answer 403 and
 * each refusal is in the audit trail. The lists come from the build's manifests, checked against app/.
 */
import type { APIRequestContext, APIResponse } from "@playwright/test";

import { auditEventsOf } from "./support/audit";
import { builtActions, builtRoutes, handlerMethods, sourceRoutesAndActions, type BuiltAction } from "./support/app-routes";
import { countAccountsNamed, countAllScreenings } from "./support/database";
import { E2E_PORT } from "./support/environment";
import { fillLowRiskScreening } from "./support/screening-form";
import { test as anonymous } from "./support/csp-console";
import { expect, signInAsNewAccount, test } from "./support/sign-in";
import { initialFormState } from "@/components/screening-form/form-model";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const PATIENT = "Zelda Confidential";

/** Open to anyone by design: the sign-in steps. Everything else needs a session. */
const PUBLIC_PAGES = ["/sign-in", "/sign-in/two-factor"];
const PUBLIC_ACTIONS = ["app/sign-in/actions.ts#signInAction", "app/sign-in/actions.ts#signInWithAuthenticatorCodeAction", "app/sign-in/actions.ts#signInWithBackupCodeAction"];
/** Open to anyone by design: the API's OpenAPI document (no data; client generators fetch it before they hold a token). */
const PUBLIC_HANDLERS = ["/api/v1/openapi.json"];
/** Admin only. */
const ADMIN_PAGES = ["/admin/api-tokens", "/admin/audit", "/admin/users"];
const ADMIN_ACTION_FILES = ["app/admin/api-tokens/actions.ts", "app/admin/users/actions.ts"];

/** A well-formed argument for each action, so that only the access check stands between it and a change. */
function argumentFor(action: BuiltAction): unknown {
  switch (action.name) {
    case "saveScreeningAction":
      return { submissionId: crypto.randomUUID(), screening: makeScreeningInput({ patient: { fullName: "Anonymous Attempt" } }) };
    case "saveDraftAction":
      return { submissionId: crypto.randomUUID(), formState: initialFormState(crypto.randomUUID(), undefined, undefined).screening };
    case "discardDraftAction":
      return { draftId: "someone-elses-draft" };
    case "issueApiTokenAction":
      return { email: "intruder@test.invalid", name: "Intruder token" };
    case "revokeApiTokenAction":
      return { tokenId: "someone-elses-token" };
    case "createAccountAction":
      return { name: "Intruder Account", email: `intruder-${Date.now()}@test.invalid`, role: "admin" };
    case "changePasswordAction":
      return { currentPassword: "anything at all", newPassword: "a brand new long password", confirmPassword: "a brand new long password" };
    case "startEnrolmentAction":
      return { password: "anything at all" };
    case "confirmEnrolmentAction":
      return { code: "123456" };
    default:
      return { userId: "someone" };
  }
}

function callAction(request: APIRequestContext, action: BuiltAction, path = action.page): Promise<APIResponse> {
  return request.post(path, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: ORIGIN },
    data: JSON.stringify([argumentFor(action)]),
    maxRedirects: 0,
  });
}

function pathOf(route: string, screeningId: string): string {
  return route.replace("[id]", screeningId);
}

let screeningId = "";

anonymous.beforeAll(async ({ browser }) => {
  // One real screening with a name to look for in every refused answer.
  const page = await browser.newPage();
  await signInAsNewAccount(page);
  await page.goto("/screenings/new");
  await fillLowRiskScreening(page, { fullName: PATIENT, dateOfBirth: { typed: "", iso: "1980-02-02" } }, { systolic: "120", diastolic: "80", heartRate: "70" });
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  screeningId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await page.close();
});

test("the build serves exactly the pages, route handlers and actions under app/", () => {
  const built = builtRoutes();
  const source = sourceRoutesAndActions();
  expect(built.pages).toEqual(source.pages);
  expect(built.handlers).toEqual(source.handlers);
  expect(builtActions().map((action) => `${action.file}#${action.name}`)).toEqual(source.actions);
});

anonymous.describe("without a session", () => {
  anonymous("every page but sign-in redirects to sign-in and shows no patient data", async ({ request }) => {
    for (const route of builtRoutes().pages) {
      const path = pathOf(route, screeningId);
      const first = await request.get(path, { maxRedirects: 0 });
      const body = await first.text();
      expect(body, path).not.toContain(PATIENT);
      if (PUBLIC_PAGES.includes(route)) {
        expect(first.status(), path).toBe(200);
        continue;
      }
      expect(first.status(), path).toBeGreaterThanOrEqual(300);
      expect(first.status(), path).toBeLessThan(400);
      const final = await request.get(path);
      expect(new URL(final.url()).pathname, path).toBe("/sign-in");
      expect(await final.text(), path).not.toContain(PATIENT);
    }
  });

  anonymous("every route handler answers 401 with no patient data (405 for a method it does not have)", async ({ request }) => {
    for (const route of builtRoutes().handlers.filter((handler) => !PUBLIC_HANDLERS.includes(handler))) {
      const methods = handlerMethods(route);
      expect(methods.length, route).toBeGreaterThan(0);
      for (const method of ["GET", "POST"] as const) {
        const response = await request.fetch(route, { method, headers: { Origin: ORIGIN }, data: method === "POST" ? { q: PATIENT } : undefined });
        if (!methods.includes(method)) {
          expect(response.status(), `${method} ${route}`).toBe(405);
          expect(await response.text()).not.toContain(PATIENT);
          continue;
        }
        expect(response.status(), `${method} ${route}`).toBe(401);
        // The JSON API asks for its token in its own error shape; the app's handlers ask for a session.
        const expected = route.startsWith("/api/v1/")
          ? { error: { code: "unauthorized", message: expect.stringMatching(/token/i) } }
          : { error: expect.stringMatching(/sign in/i) };
        expect(await response.json(), `${method} ${route}`).toEqual(expected);
      }
    }
    for (const route of PUBLIC_HANDLERS) {
      const response = await request.get(route);
      expect(response.status(), route).toBe(200);
      expect(await response.text(), route).not.toContain(PATIENT);
    }
  });

  anonymous("every Server Action but the sign-in steps answers 401, stores nothing and shows no patient data", async ({ request }) => {
    const before = countAllScreenings();
    const actions = builtActions();
    expect(actions.filter((action) => PUBLIC_ACTIONS.includes(`${action.file}#${action.name}`))).toHaveLength(PUBLIC_ACTIONS.length);
    for (const action of actions.filter((candidate) => !PUBLIC_ACTIONS.includes(`${candidate.file}#${candidate.name}`))) {
      const response = await callAction(request, action);
      expect(response.status(), action.name).toBe(401);
      expect(await response.text(), action.name).not.toContain(PATIENT);
      // Posted from a page that does not use it, Next.js answers 200 but carries the same refusal in the body.
      const elsewhere = await callAction(request, action, "/sign-in");
      expect(await elsewhere.text(), action.name).toContain("NEXT_HTTP_ERROR_FALLBACK;401");
    }
    expect(countAllScreenings()).toBe(before);
    expect(countAccountsNamed("Intruder Account")).toBe(0);
  });
});

test("with a clinician's session the admin pages and actions answer 403, and each refusal is audited", async ({ page, clinician }) => {
  for (const route of ADMIN_PAGES) {
    const response = await page.request.get(route, { maxRedirects: 0 });
    expect(response.status(), route).toBe(403);
    expect(await response.text()).not.toContain(PATIENT);
  }
  const adminActions = builtActions().filter((action) => ADMIN_ACTION_FILES.includes(action.file));
  expect(adminActions.map((action) => action.name).sort()).toEqual([
    "createAccountAction",
    "deactivateAccountAction",
    "issueApiTokenAction",
    "resetSecondFactorAction",
    "revokeApiTokenAction",
  ]);
  for (const action of adminActions) {
    const response = await callAction(page.request, action);
    expect(response.status(), action.name).toBe(403);
  }
  const denied = auditEventsOf({ actorUserId: clinician.id }).filter((row) => row.event === "access-denied").map((row) => row.recordId);
  const refusedActions = ["action:create-account", "action:deactivate-account", "action:reset-second-factor", "action:issue-api-token", "action:revoke-api-token"];
  // Each action refused once; posting to an admin page also renders that page, whose own refusal is recorded too.
  expect([...new Set(denied)].sort()).toEqual(["page:admin/api-tokens", "page:admin/audit", "page:admin/users", ...refusedActions].sort());
  for (const action of refusedActions) {
    expect(denied.filter((recordId) => recordId === action), action).toHaveLength(1);
  }
  expect(countAccountsNamed("Intruder Account")).toBe(0);
});

test("pages with patient data are never cached, and their titles carry no patient data", async ({ page }) => {
  for (const path of ["/screenings", "/screenings/new", `/screenings/${screeningId}`]) {
    const response = await page.goto(path);
    expect(response?.headers()["cache-control"], path).toContain("no-store");
    expect(await page.title(), path).not.toContain(PATIENT);
  }
  await expect(page.getByText(PATIENT).first()).toBeVisible();
});
