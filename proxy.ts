// Next.js proxy (formerly middleware) for HTML pages only: a fresh CSP nonce per request, and the
// page's path for the editor's "log in and come back here". API routes and static files are not
// matched (their headers are static, in next.config.ts), so quoting pays nothing for this.
import { NextResponse, type NextRequest } from "next/server";
import { formQuery } from "@/lib/form/url-codec";
import { newNonce, NONCE_HEADER, pageContentSecurityPolicy, REQUEST_PATH_HEADER } from "@/lib/http/security-headers";

/**
 * No page needs a longer query; the calculator's longest (5 drivers, every option) is ~400
 * characters. Next.js repeats the URL in the page it renders, so a long link would make a long page.
 */
export const MAX_PAGE_QUERY_LENGTH = 2048;

/** An overlong link: the calculator's is cut to what its form reads (Back still works), any other refused. */
function overlongQuery(request: NextRequest): NextResponse | null {
  const { nextUrl } = request;
  if (nextUrl.search.length <= MAX_PAGE_QUERY_LENGTH) return null;
  if (nextUrl.pathname === "/") {
    const params: Record<string, string[]> = {};
    for (const [key, value] of nextUrl.searchParams) (params[key] ??= []).push(value);
    const url = nextUrl.clone();
    url.search = formQuery(params);
    return NextResponse.redirect(url, 303);
  }
  return new NextResponse("URI too long", { status: 414, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function proxy(request: NextRequest): NextResponse {
  const overlong = overlongQuery(request);
  if (overlong) return overlong;
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
