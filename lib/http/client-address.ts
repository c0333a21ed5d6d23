/**
 * Which address a request came from, for throttling and the audit trail. Anyone can send `X-Forwarded-For`,
 * so it is believed only as far as the operator says proxies of theirs stand in front of the app
 * (`TRUSTED_PROXY_HOPS`), and only the entries those proxies appended: each proxy appends the address it
 * received the request from, so with N trusted proxies the client is the N-th entry from the right. Anything
 * left of it was written by the client (or by proxies that are not ours) and never wins.
 *
 * Reference: RFC 7239 §5.2 and MDN "X-Forwarded-For: selecting an IP address".
 */
import { isIP } from "node:net";

/** More hops than this is a typo, not a deployment. */
const MAX_TRUSTED_PROXY_HOPS = 10;

export type ClientAddress =
  /** No trusted proxy: the peer of the TCP connection is the client. */
  | { readonly kind: "socket"; readonly address: string }
  /** Read from the entries the trusted proxies appended to `X-Forwarded-For`. */
  | { readonly kind: "forwarded"; readonly address: string }
  /**
   * Proxies are configured, but the chain has fewer entries than hops or a malformed one where the client
   * should be: a misconfiguration. The socket's address (the nearest proxy) is used, never a guess from the
   * chain; every client then shares one address, which errs towards throttling too much, not too little.
   */
  | { readonly kind: "untrusted-chain"; readonly address: string }
  /** The connection is already gone (Node leaves `remoteAddress` undefined). */
  | { readonly kind: "unknown" };

export interface ClientAddressInput {
  /** `socket.remoteAddress` of the incoming connection. */
  readonly socketAddress: string | undefined;
  /** The request's `X-Forwarded-For`; Node joins repeated headers with ", ", an array is joined the same way. */
  readonly forwardedFor: string | readonly string[] | undefined;
  /** How many proxies of the operator's stand in front of the app (0: the app faces clients directly). */
  readonly trustedProxyHops: number;
}

/**
 * An IP address in one canonical form, or undefined when `raw` is not one. Accepts what proxies append:
 * a bare address, `[v6]` or `[v6]:port`, `v4:port`; IPv4-mapped IPv6 (`::ffff:192.0.2.1`) becomes IPv4 so a
 * client has one key whether it came over an IPv4 or a dual-stack socket.
 */
export function normaliseAddress(raw: string): string | undefined {
  let candidate = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(candidate);
  if (bracketed?.[1] !== undefined) candidate = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(candidate)) candidate = candidate.slice(0, candidate.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(candidate);
  if (mapped?.[1] !== undefined) candidate = mapped[1];
  const version = isIP(candidate);
  if (version === 4) return candidate;
  if (version === 6) return candidate.toLowerCase();
  return undefined;
}

/** The entries of `X-Forwarded-For`, left (farthest) to right (nearest), empty ones dropped. */
function forwardedChain(forwardedFor: ClientAddressInput["forwardedFor"]): string[] {
  const joined = typeof forwardedFor === "string" ? forwardedFor : (forwardedFor ?? []).join(",");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

export function clientAddress({ socketAddress, forwardedFor, trustedProxyHops }: ClientAddressInput): ClientAddress {
  const socket = socketAddress === undefined ? undefined : (normaliseAddress(socketAddress) ?? socketAddress);
  if (socket === undefined) return { kind: "unknown" };
  if (trustedProxyHops === 0) return { kind: "socket", address: socket };

  const chain = forwardedChain(forwardedFor);
  const appendedByOutermostProxy = chain[chain.length - trustedProxyHops];
  const address = appendedByOutermostProxy === undefined ? undefined : normaliseAddress(appendedByOutermostProxy);
  return address === undefined ? { kind: "untrusted-chain", address: socket } : { kind: "forwarded", address };
}

/** `TRUSTED_PROXY_HOPS`: unset or empty means 0; anything but a whole number from 0 to 10 stops the server. */
export function parseTrustedProxyHops(raw: string | undefined): number {
  const text = raw?.trim() ?? "";
  if (text === "") return 0;
  const hops = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(hops) || hops > MAX_TRUSTED_PROXY_HOPS) {
    throw new Error(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS} ` +
        `(the number of your reverse proxies in front of the app), not "${raw}".`,
    );
  }
  return hops;
}
