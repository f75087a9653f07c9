import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { NON_PAGE_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files relative to its own module: bundling it breaks that.
  // pdfkit reads its font metrics from files beside its own module, so it is not bundled either.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit"],
  // Rate books are read from data/ at run time; make sure standalone traces include them.
  // The commercial offer's PDF embeds the DejaVu fonts, read from node_modules at run time.
  outputFileTracingIncludes: { "/**": ["./data/**/*.json", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"] },
  // The calculator's messages reach the browser as its own picked data, not the message files
  // (app/_components/calculator/calculator-messages-ru.ts, -en.ts), one chunk per language.
  turbopack: {
    rules: {
      "calculator-messages-*.ts": { loaders: ["./app/_components/calculator/calculator-messages-loader.cjs"], as: "*.js" },
    },
  },
  // forbidden(): the agents' pages answer 403 to other roles (app/forbidden.tsx).
  // preloadEntriesOnStart off: `next start` would otherwise load every page and route module
  // (about sixty) as it starts, on the same thread that serves the first requests; each is loaded
  // on its first request instead (docs/decisions/0029-cold-start.md).
  experimental: { authInterrupts: true, preloadEntriesOnStart: false },
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
