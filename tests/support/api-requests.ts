/**
 * Requests as an API client sends them, for tests of what reads one (lib/api). Bodies are bytes unless a test
 * passes text, so no Content-Type is added behind the test's back (a string body gets `text/plain`).
 */
export const API_ORIGIN = "http://127.0.0.1:3000";

export function apiPost(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  return new Request(`${API_ORIGIN}/api/v1/assessments`, { method: "POST", body, headers });
}

/** JSON text as UTF-8 bytes, sent as `application/json`. */
export function jsonPost(value: unknown): Request {
  return apiPost(new TextEncoder().encode(JSON.stringify(value)));
}

/**
 * A body that arrives as a stream with no Content-Length, as a chunked upload does. Node's fetch needs
 * `duplex: "half"` for it, which the DOM's RequestInit type does not know.
 */
export function streamedPost(stream: ReadableStream<Uint8Array>): Request {
  const init = { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" };
  return new Request(`${API_ORIGIN}/api/v1/assessments`, init as RequestInit);
}

export function apiGet(query: string): Request {
  return new Request(`${API_ORIGIN}/api/v1/screenings${query}`);
}
