// Next.js proxy (formerly middleware) for HTML pages only: a fresh CSP nonce per request, and the
// page's path for the editor's "log in and come back here". API routes and static files are not
// matched (their headers are static, in next.config.ts), so quoting pays nothing for this.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, NONCE_HEADER, pageContentSecurityPolicy, REQUEST_PATH_HEADER } from "@/lib/http/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP and puts it on the scripts it renders.
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      // Prefetches render nothing that runs; they need no nonce.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
