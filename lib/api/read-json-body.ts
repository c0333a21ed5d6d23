/**
 * Reads an API request's JSON body, refusing before anything is parsed what is not JSON or is too large. The
 * body is read as a stream and abandoned at the limit, so a caller cannot make the server hold a huge body (a
 * Content-Length that already says too much is refused without reading at all).
 */
import { apiError } from "./errors";

/** Far above the largest valid screening (every text field full, escaped) and far below harm. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

export type JsonBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly response: Response };

/** `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const mediaType = header.split(";")[0]!.trim().toLowerCase();
  return mediaType === "application/json";
}

function tooLarge(limit: number): JsonBody {
  return { ok: false, response: apiError(413, "payload-too-large", `The request body is larger than ${limit} bytes.`) };
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readJsonBody(request: Request, limit: number = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return { ok: false, response: apiError(400, "unsupported-content-type", "Send the body as JSON, with Content-Type: application/json.") };
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  const bytes = await readLimited(request, limit);
  if (bytes === null) return tooLarge(limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: apiError(400, "bad-request", "The body is not valid UTF-8 text.") };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // The parser's message quotes the body, which may hold patient data: it goes nowhere.
    return { ok: false, response: apiError(400, "bad-request", "The body is not valid JSON.") };
  }
}
