import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The app is served by `next start`; nothing phones home.
  poweredByHeader: false,
};

export default nextConfig;
