import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files relative to its own module: bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Rate books are read from data/ at run time; make sure standalone traces include them.
  outputFileTracingIncludes: { "/**": ["./data/**/*.json"] },
  // forbidden(): the agents' pages answer 403 to other roles (app/forbidden.tsx).
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
