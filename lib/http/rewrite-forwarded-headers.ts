/**
 * What the app's HTTP server does to a request's headers before Next.js sees them. Next.js keeps a
 * client-sent `X-Forwarded-For` (it only fills the header in when it is absent), and libraries read the client
 * address from several headers, so a client could pick the address the throttle and the audit trail record.
 * Every such header is dropped and `X-Forwarded-For` is set to the one address `clientAddress` settles on;
 * `X-Forwarded-Proto` is passed on only from trusted proxies (the CSP and HSTS depend on it).
 */
import { clientAddress, type ClientAddress } from "./client-address";

/** Headers that claim a client address or protocol; `x-forwarded-*` as a whole family (host, port, proto, …). */
const CLIENT_CLAIM_HEADERS = new Set([
  "forwarded",
  "x-real-ip",
  "x-client-ip",
  "true-client-ip",
  "cf-connecting-ip",
  "fastly-client-ip",
  "x-cluster-client-ip",
]);

function claimsClientDetails(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("x-forwarded-") || CLIENT_CLAIM_HEADERS.has(lower);
}

/** Node's `IncomingHttpHeaders` shape: lower-case names, repeated headers as arrays or joined. */
type HeaderRecord = Record<string, string | string[] | undefined>;

export interface ForwardedHeaderOptions {
  readonly socketAddress: string | undefined;
  readonly trustedProxyHops: number;
}

export interface RewrittenHeaders<H> {
  readonly headers: H;
  readonly clientAddress: ClientAddress;
}

/**
 * The protocol the outermost trusted proxy saw. Proxies overwrite or append this header; the right-most value
 * is the one the nearest proxy vouches for. Anything but http or https is dropped.
 */
function forwardedProtocol(value: string | string[] | undefined): "http" | "https" | undefined {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  const nearest = joined.split(",").at(-1)?.trim().toLowerCase();
  return nearest === "http" || nearest === "https" ? nearest : undefined;
}

/** A copy of `headers` without any client-claimed address or protocol, with the app's own in their place. */
export function rewriteForwardedHeaders<H extends HeaderRecord>(
  headers: H,
  { socketAddress, trustedProxyHops }: ForwardedHeaderOptions,
): RewrittenHeaders<H> {
  const address = clientAddress({ socketAddress, forwardedFor: headers["x-forwarded-for"], trustedProxyHops });
  const protocol = trustedProxyHops > 0 ? forwardedProtocol(headers["x-forwarded-proto"]) : undefined;

  const rewritten: HeaderRecord = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!claimsClientDetails(name)) rewritten[name] = value;
  }
  if (address.kind !== "unknown") rewritten["x-forwarded-for"] = address.address;
  if (protocol !== undefined) rewritten["x-forwarded-proto"] = protocol;
  return { headers: rewritten as H, clientAddress: address };
}
