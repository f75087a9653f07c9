// The security headers of every response (docs/decisions/0008-login-abuse-and-hardening.md).
// Pure: proxy.ts adds the per-request Content-Security-Policy of pages, next.config.ts the
// static headers of everything (API routes and static files included, at no per-request cost).

/** Request header proxy.ts sets to the page's path and query, for "log in and come back here". */
export const REQUEST_PATH_HEADER = "x-kasko-path";
/** The per-request nonce, as proxy.ts hands it to the page (Next also reads it from the CSP). */
export const NONCE_HEADER = "x-nonce";

/**
 * The policy of an HTML page: scripts only with this request's nonce (Next.js puts it on its
 * own scripts; 'strict-dynamic' lets those load the page's chunks), nothing framed, no plugins,
 * forms and connections only to this site. Styles allow inline attributes (React's `style`),
 * which run no code. Development adds 'unsafe-eval' (React's dev tools need it).
 */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of everything that is not a page (JSON, CSV, files): nothing may run or frame it. */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers every response gets, set statically in next.config.ts. */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * The headers next.config.ts gives every response under /api/, in its order: the static ones,
 * then the API's policy. The production server's fast lane sends the same
 * (app/_server/quote-lane.server.ts), so a header added here reaches both.
 */
export const API_SECURITY_HEADERS: readonly { key: string; value: string }[] = [...STATIC_SECURITY_HEADERS, { key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY }];

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
