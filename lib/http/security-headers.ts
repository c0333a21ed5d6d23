/**
 * The response headers that tell the browser what a page may do: a Content Security Policy with a per-request
 * nonce, and the headers that turn off sniffing, framing, referrers and powerful features. Plain functions,
 * no framework: `proxy.ts` applies them to pages and `next.config.ts` to the static files the proxy skips.
 *
 * References: CSP Level 3 (W3C, `'strict-dynamic'`, nonce-source), OWASP Secure Headers Project.
 */

/** 18 random bytes: 144 bits (CSP3 asks for at least 128) and a base64 text without `=` padding. */
const NONCE_BYTES = 18;

/** A CSP nonce-source value is base64 or base64url; anything else could inject directives into the header. */
const NONCE_PATTERN = /^[A-Za-z0-9+/_-]{22,}={0,2}$/;

/**
 * A fresh, unpredictable nonce for one response. Web Crypto, so it runs wherever the proxy runs (Node.js or an
 * edge runtime). Never reuse one across responses: a nonce an attacker has seen once is a key to the page.
 */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes));
}

export interface ContentSecurityPolicyOptions {
  readonly nonce: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with `eval`. Never in production. */
  readonly isDevelopment: boolean;
  /** The page reached the browser over HTTPS (directly or through a trusted TLS proxy). */
  readonly https: boolean;
}

/**
 * The `Content-Security-Policy` header value.
 *
 * Scripts run only when they carry this response's nonce, and scripts those load (`'strict-dynamic'`); Next.js
 * puts the nonce on its own scripts when it finds it in the request's CSP header. `'self'` stays as a fallback
 * for browsers without CSP3 (which ignore `'strict-dynamic'`); CSP3 browsers ignore `'self'` next to it.
 * Styles come only from the app's own stylesheets: the app ships no inline `<style>` or `style=""`, and
 * React sets styles through the CSSOM, which CSP does not govern (checked in Chromium by the browser tests).
 */
export function buildContentSecurityPolicy({ nonce, isDevelopment, https }: ContentSecurityPolicyOptions): string {
  if (!NONCE_PATTERN.test(nonce)) throw new Error("A CSP nonce must be 16 or more bytes of base64.");
  const scriptSources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    // Over plain HTTP this would send the page's own requests to an HTTPS port that is not there.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Browser features the app never uses; a script injected despite the CSP still cannot reach them. */
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** Two years, the preload list's minimum; sent only over HTTPS (browsers ignore it over HTTP anyway). */
const HSTS = "max-age=63072000; includeSubDomains";

/** Every header but the CSP, for every response: pages, API responses and static files. */
export function securityHeaders({ https }: { readonly https: boolean }): Readonly<Record<string, string>> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    // frame-ancestors supersedes this in CSP browsers; kept for those that only know X-Frame-Options.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/**
 * Whether the browser reached the app over HTTPS. `forwardedProto` is the `X-Forwarded-Proto` the app's HTTP
 * server passed on: it drops a client's own and sets it only from a trusted TLS proxy (scripts/http-server.ts).
 * `appUrl` is the public address the app is configured with (`APP_URL`).
 */
export function isServedOverHttps({
  forwardedProto,
  appUrl,
}: {
  readonly forwardedProto: string | null | undefined;
  readonly appUrl: string | undefined;
}): boolean {
  return forwardedProto?.trim().toLowerCase() === "https" || /^https:\/\//i.test(appUrl ?? "");
}
