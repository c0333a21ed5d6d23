/**
 * Which Server Action requests the app's HTTP server refuses before Next.js decodes them. Next.js decodes an
 * action's body (React's Flight reply format) before any app code runs, and answers everything it cannot decode
 * (bad JSON, reference strings, deep nesting, multipart without a boundary, a body over 1 MB, a foreign Origin)
 * with a 500 whose logged error message can quote the body, patient data included. Each of those classes is
 * recognised here from the headers and the buffered body, so it gets a 4xx with a fixed reason and reaches
 * neither the decoder nor the log.
 *
 * What a real client sends, from React's `processReply` (react-server-dom-webpack, client): every argument list
 * of this app's actions is plain data (objects, arrays, strings, numbers, booleans, null), which React encodes as
 * one JSON text sent as `text/plain`. A user's string that begins with `$` is escaped as `$$…`; the only other
 * `$` strings it writes for plain data are `$undefined`, `$NaN`, `$Infinity`, `$-Infinity`, `$-0`, `$D<ISO date>`,
 * `$n<digits>` (BigInt) and `$0:<path>` (an object met twice is sent once and referred to by its path). Anything
 * else starting with `$` (`$1`, `$Q1`, `$B1`, `$K1`, `$@1`, `$h1`, `$T`, …) points into multipart parts or
 * server state a text body does not have, so only a hand-made request carries it. Multipart is what React sends
 * when an argument holds FormData, a Blob or a stream: no action of this app takes one, so multipart is refused.
 */

/** Next.js's own default limit for an action's body (`serverActions.bodySizeLimit`). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** Far deeper than any screening (about 5 levels) and far from a stack overflow. */
export const MAX_ACTION_NESTING = 64;
/** Next.js throws (a 500) beyond this many arguments; the app's actions take one. */
export const MAX_ACTION_ARGUMENTS = 1000;
/**
 * React's decoder counts array slots and the characters of strings inside arrays, references counted again
 * wherever they are used, and throws past a million (`arraySizeLimit`): a 500. Counted here over the whole
 * body, which can only count more than React does per array.
 */
export const MAX_ACTION_ELEMENTS = 1_000_000;

export type RefusalReason =
  | "foreign-origin"
  | "unknown-action"
  | "unsupported-content-type"
  | "body-too-large"
  | "not-utf8"
  | "too-deep"
  | "too-many-elements"
  | "not-json"
  | "not-an-argument-list"
  | "flight-reference";

export interface ActionRefusal {
  readonly status: 400 | 403 | 404 | 413 | 415;
  readonly reason: RefusalReason;
}

const STATUS: Readonly<Record<RefusalReason, ActionRefusal["status"]>> = {
  "foreign-origin": 403,
  "unknown-action": 404,
  "unsupported-content-type": 415,
  "body-too-large": 413,
  "not-utf8": 400,
  "too-deep": 400,
  "too-many-elements": 400,
  "not-json": 400,
  "not-an-argument-list": 400,
  "flight-reference": 400,
};

/** Short, fixed and free of anything the request said: also what a refused client reads. */
export const REFUSAL_MESSAGES: Readonly<Record<RefusalReason, string>> = {
  "foreign-origin": "Refused: the request's Origin is not this site.",
  "unknown-action": "Refused: no such action.",
  "unsupported-content-type": "Refused: actions take a text/plain body.",
  "body-too-large": `Refused: the body is larger than ${MAX_ACTION_BODY_BYTES} bytes.`,
  "not-utf8": "Refused: the body is not UTF-8 text.",
  "too-deep": `Refused: the body is nested deeper than ${MAX_ACTION_NESTING} levels.`,
  "too-many-elements": "Refused: the body holds too many elements.",
  "not-json": "Refused: the body is not JSON.",
  "not-an-argument-list": "Refused: the body is not a list of arguments.",
  "flight-reference": "Refused: the body holds a reference the app's pages never send.",
};

const refuse = (reason: RefusalReason): ActionRefusal => ({ status: STATUS[reason], reason });

type Headers = Readonly<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function mediaType(headers: Headers): string {
  return (single(headers["content-type"]) ?? "").split(";")[0]!.trim().toLowerCase();
}

export interface RequestLine {
  readonly method?: string | undefined;
  /** The request target as sent, e.g. "/screenings/new?draft=1". */
  readonly url?: string | undefined;
  readonly headers: Headers;
}

/**
 * Whether Next.js would treat the request as a Server Action: a POST with `Next-Action`, or any multipart POST
 * (a form posted without JavaScript, which Next.js tries to decode as one). Route handlers under /api/ read their
 * own bodies and never decode Flight, so their answers stay theirs (the JSON API's error shape included).
 */
export function isServerActionRequest({ method, url, headers }: RequestLine): boolean {
  if (method !== "POST") return false;
  const path = (url ?? "/").split("?")[0]!;
  if (path.startsWith("/api/")) return false;
  return headers["next-action"] !== undefined || mediaType(headers) === "multipart/form-data";
}

/** The host Next.js compares the Origin with: the first X-Forwarded-Host, else Host (Next's parseHostHeader). */
function requestHost(headers: Headers): string | undefined {
  const forwarded = single(headers["x-forwarded-host"])?.split(",")[0]?.trim();
  return forwarded || single(headers.host);
}

function originMatches(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    // Next.js would throw on it with `new URL`, a 500.
    return false;
  }
}

/**
 * What the headers alone decide. A request without Origin passes, as in Next.js: browsers send it on every
 * POST, so only a hand-made request lacks it, and that carries no one's cookies but its author's.
 */
export function checkActionHeaders(headers: Headers, knownActionIds: ReadonlySet<string>): ActionRefusal | undefined {
  const origin = single(headers.origin);
  if (origin !== undefined && !originMatches(origin, requestHost(headers))) return refuse("foreign-origin");
  if (mediaType(headers) !== "text/plain") return refuse("unsupported-content-type");
  const actionId = single(headers["next-action"]);
  if (actionId === undefined || !knownActionIds.has(actionId)) return refuse("unknown-action");
  const declared = Number(single(headers["content-length"]));
  if (Number.isFinite(declared) && declared > MAX_ACTION_BODY_BYTES) return refuse("body-too-large");
  return undefined;
}

/** Nesting depth of a JSON text, counted without parsing so that a 500,000-level body costs one pass. */
function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const PLAIN_DATA_REFERENCES = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
const DATE_REFERENCE = /^\$D[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// React's decoder throws (a 500) past 300 characters, the sign included; a real BigInt argument is far shorter.
const BIGINT_REFERENCE = /^\$n(?=.{1,300}$)-?\d+$/;
/** Path segments that would walk out of the decoded data into its prototypes. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function containsString(node: Json, test: (value: string) => boolean): boolean {
  if (typeof node === "string") return test(node);
  if (node === null || typeof node !== "object") return false;
  return Object.values(node).some((child) => containsString(child, test));
}

const isBackReference = (value: string): boolean => value.startsWith("$0");

/**
 * A `$0:a:b` back-reference is what React writes for an object met a second time: it must name, through own
 * keys, an object or array elsewhere in the same body. One that names nothing, a prototype, an ancestor of
 * itself, or an object holding references in turn (how a cycle is built, which would send the action's schema
 * parser round until the stack overflows) is refused; the app's arguments are trees, so none of those is lost.
 */
function isValidBackReference(value: string, root: Json, at: readonly string[]): boolean {
  if (value === "$0") return false; // the argument list itself: a cycle
  if (!value.startsWith("$0:")) return false;
  const path = value.slice(3).split(":");
  let node: Json = root;
  for (const key of path) {
    if (PROTOTYPE_KEYS.has(key) || node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, Json>)[key]!;
  }
  if (node === null || typeof node !== "object") return false;
  const ancestor = path.length <= at.length && path.every((key, i) => key === at[i]);
  return !ancestor && !containsString(node, isBackReference);
}

function isAllowedString(value: string, root: Json, at: readonly string[]): boolean {
  if (!value.startsWith("$")) return true;
  if (value.startsWith("$$")) return true;
  if (PLAIN_DATA_REFERENCES.has(value) || DATE_REFERENCE.test(value) || BIGINT_REFERENCE.test(value)) return true;
  return isValidBackReference(value, root, at);
}

/** Depth is bounded by MAX_ACTION_NESTING (checked before parsing), so recursion is safe here. */
function holdsForeignReference(node: Json, root: Json, at: string[]): boolean {
  if (typeof node === "string") return !isAllowedString(node, root, at);
  if (node === null || typeof node !== "object") return false;
  for (const [key, child] of Object.entries(node)) {
    at.push(key);
    const found = holdsForeignReference(child, root, at);
    at.pop();
    if (found) return true;
  }
  return false;
}

/** The node a checked `$0:…` back-reference names. */
function referenced(root: Json, reference: string): Json {
  return reference
    .slice(3)
    .split(":")
    .reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, root);
}

/**
 * Array slots and string characters, each reference counting its target again, stopping once past the limit.
 * A target's count is kept, so a thousand references to one large array cost one count of it.
 */
function exceedsElements(root: Json, limit: number): boolean {
  const targets = new Map<string, number>();
  let total = 0;
  const count = (node: Json): number => {
    if (typeof node === "string") {
      if (!node.startsWith("$0:")) return node.length;
      let weight = targets.get(node);
      if (weight === undefined) {
        weight = count(referenced(root, node));
        targets.set(node, weight);
      }
      return weight;
    }
    if (node === null || typeof node !== "object") return 0;
    let sum = Array.isArray(node) ? node.length + 1 : 0;
    for (const child of Object.values(node)) {
      sum += count(child);
      if (sum > limit) return sum;
    }
    return sum;
  };
  for (const argument of root as Json[]) {
    total += count(argument);
    if (total > limit) return true;
  }
  return false;
}

/** What the buffered body decides, for a request whose headers passed `checkActionHeaders`. */
export function checkActionBody(body: Uint8Array): ActionRefusal | undefined {
  if (body.byteLength > MAX_ACTION_BODY_BYTES) return refuse("body-too-large");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return refuse("not-utf8");
  }
  if (nestingExceeds(text, MAX_ACTION_NESTING)) return refuse("too-deep");
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return refuse("not-json");
  }
  if (!Array.isArray(root) || root.length > MAX_ACTION_ARGUMENTS) return refuse("not-an-argument-list");
  if (holdsForeignReference(root, root, [])) return refuse("flight-reference");
  if (exceedsElements(root, MAX_ACTION_ELEMENTS)) return refuse("too-many-elements");
  return undefined;
}
