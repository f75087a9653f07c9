import { describe, expect, it } from "vitest";
import { resolveClientIp, trustedProxyHops } from "@/lib/http/client-ip";

describe("the client's IP", () => {
  it("uses the socket and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientIp("203.0.113.5", "1.2.3.4", 0)).toBe("203.0.113.5");
    expect(resolveClientIp("::ffff:203.0.113.5", undefined, 0)).toBe("203.0.113.5");
    expect(resolveClientIp(undefined, "1.2.3.4", 0)).toBe("unknown");
  });

  it("takes the address the trusted proxies saw, never what the client wrote in front of it", () => {
    // Client → proxy (10.0.0.1) → site: the proxy appends the client's address.
    expect(resolveClientIp("10.0.0.1", "198.51.100.7", 1)).toBe("198.51.100.7");
    // A client that writes its own header first is still seen as what the proxy appended.
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    // Two proxies: CDN (appends the client), then the load balancer (appends the CDN).
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", 2)).toBe("198.51.100.7");
    // Fewer entries than hops (a request that bypassed a proxy): the leftmost known one.
    expect(resolveClientIp("10.0.0.1", undefined, 2)).toBe("10.0.0.1");
    // Garbage in the header is not an address.
    expect(resolveClientIp("10.0.0.1", "<script>", 1)).toBe("10.0.0.1");
  });

  it("reads KASKO_TRUSTED_PROXY_HOPS as a small whole number, else 0", () => {
    expect([undefined, "", "0", "1", "3", "-1", "1.5", "x", "99"].map(trustedProxyHops)).toEqual([0, 0, 0, 1, 3, 0, 0, 0, 0]);
  });
});
