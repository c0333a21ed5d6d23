import type { NextConfig } from "next";

import { securityHeaders } from "./lib/http/security-headers";

/**
 * The paths proxy.ts skips (static files carry no nonce): they still get nosniff and the other fixed headers.
 * HSTS depends on the request, so only the proxy sends it; a browser learns it from any page.
 */
const STATIC_PATHS = ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg"];

const nextConfig: NextConfig = {
  // Served by scripts/http-server.ts; the framework's name is nobody's business.
  poweredByHeader: false,
  // forbidden() and unauthorized(): a Server Action or page refused for lack of a role or a session answers
  // HTTP 403 or 401, not a 200 with an error inside.
  experimental: { authInterrupts: true },
  async headers() {
    const headers = Object.entries(securityHeaders({ https: false })).map(([key, value]) => ({ key, value }));
    return STATIC_PATHS.map((source) => ({ source, headers }));
  },
};

export default nextConfig;
