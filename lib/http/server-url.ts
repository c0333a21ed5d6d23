/**
 * The address to print for a server listening on `host` and `port`. IPv6 literals need brackets in a URL
 * (RFC 3986 §3.2.2); a wildcard host is not an address a browser can open, so the local one is shown instead.
 */
import { isIP } from "node:net";

const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);

export function serverUrl(host: string, port: number | string): string {
  if (WILDCARD_HOSTS.has(host)) return `http://localhost:${port}`;
  const shown = isIP(host) === 6 ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Whether `host` accepts connections on every interface, which the operator should be told. */
export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.has(host);
}
