import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Rate books are read from data/ at run time; make sure standalone traces include them.
  outputFileTracingIncludes: { "/**": ["./data/**/*.json"] },
};

export default withNextIntl(nextConfig);
