import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
  // forbidden(): the agents' pages answer 403 to other roles (app/forbidden.tsx).
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
