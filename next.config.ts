import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The app is served by `next start`; nothing phones home.
  poweredByHeader: false,
  // forbidden() and unauthorized(): a Server Action or page refused for lack of a role or a session answers
  // HTTP 403 or 401, not a 200 with an error inside.
  experimental: { authInterrupts: true },
};

export default nextConfig;
