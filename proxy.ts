/**
 * Next.js 16 proxy (formerly middleware): gives every response but the static files a Content Security Policy
 * with a fresh nonce, and the other security headers. It is not an access check: pages and Server Actions
 * check access themselves, since a matcher change or a moved action would silently skip the proxy.
 *
 * Next.js reads the nonce from the request's `Content-Security-Policy` header and puts it on its own scripts,
 * so the policy goes on the request as well as on the response; `x-nonce` is for a Server Component that needs
 * it for a `<Script>` of its own. Only pages rendered per request can carry it: see app/layout.tsx.
 */
import { NextResponse, type NextRequest } from "next/server";

import {
  buildContentSecurityPolicy,
  generateNonce,
  isServedOverHttps,
  securityHeaders,
} from "@/lib/http/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const nonce = generateNonce();
  // X-Forwarded-Proto is the app's HTTP server's (scripts/http-server.ts): a client's own never gets this far.
  const https = isServedOverHttps({ forwardedProto: request.headers.get("x-forwarded-proto"), appUrl: process.env.APP_URL });
  const policy = buildContentSecurityPolicy({ nonce, isDevelopment: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files need no nonce; next.config.ts gives them the other headers. Keep both lists in step.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
