import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Rate books are read from data/ at run time; make sure standalone traces include them.
  outputFileTracingIncludes: { "/api/**": ["./data/**/*.json"] },
};

export default nextConfig;
