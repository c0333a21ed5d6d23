/**
 * Calls a Server Action of a running production build the way its page's form does (React's action request:
 * `Next-Action` header, the arguments as JSON text), without a browser. The action's id comes from the build's
 * manifest, so the suite follows the build it serves.
 */
import { builtActions, type BuiltAction } from "@/tests/e2e/support/app-routes";

export function findAction(file: string, name: string): BuiltAction {
  const action = builtActions().find((candidate) => candidate.file === file && candidate.name === name);
  if (!action) throw new Error(`The build has no Server Action ${file}#${name}`);
  return action;
}

export interface ActionAnswer {
  readonly status: number;
  /** The Flight payload as text; the action's result object is in it as JSON. */
  readonly body: string;
  /** `name=value` of every cookie the answer sets (an empty value clears it). */
  readonly cookies: readonly string[];
}

export async function postServerAction(origin: string, action: BuiltAction, argument: unknown, cookie?: string): Promise<ActionAnswer> {
  const response = await fetch(`${origin}${action.page}`, {
    method: "POST",
    headers: {
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([argument]),
    redirect: "manual",
  });
  const cookies = response.headers.getSetCookie().map((header) => header.split(";")[0]!.trim());
  return { status: response.status, body: await response.text(), cookies };
}

/** The cookies an answer set, as one Cookie header (cleared ones left out). */
export function cookieHeader(cookies: readonly string[]): string {
  return cookies.filter((pair) => !pair.endsWith("=")).join("; ");
}
