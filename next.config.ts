import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { NON_PAGE_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files relative to its own module: bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Rate books are read from data/ at run time; make sure standalone traces include them.
  outputFileTracingIncludes: { "/**": ["./data/**/*.json"] },
  // Security headers of every response; pages get their CSP (with a nonce) from proxy.ts, the
  // API its own strict one here, at no per-request cost (docs/decisions/0008).
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
