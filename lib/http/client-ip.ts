// The client's IP address for throttling. Pure. Next.js passes a client's own X-Forwarded-For
// through unchanged, so that header is trusted only as far as KASKO_TRUSTED_PROXY_HOPS says:
// 0 (the default: the site faces clients directly) uses the TCP peer and ignores the header;
// N uses the address N proxies back from the socket (each trusted proxy appends the address it
// saw). See docs/decisions/0008-login-abuse-and-hardening.md.

/** The request header the server sets from the socket (any value a client sends is replaced). */
export const CLIENT_IP_HEADER = "x-kasko-client-ip";

const MAX_HOPS = 10;

/** KASKO_TRUSTED_PROXY_HOPS as a number of proxies (0 when unset or not a small whole number). */
export function trustedProxyHops(value: string | undefined): number {
  const n = Number(value ?? "0");
  return Number.isInteger(n) && n >= 0 && n <= MAX_HOPS ? n : 0;
}

/** "::ffff:1.2.3.4" → "1.2.3.4"; anything not shaped like an address → null. */
function cleanAddress(text: string | undefined): string | null {
  if (!text) return null;
  const address = text.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  return /^[0-9a-f:.]{2,45}$/i.test(address) ? address.toLowerCase() : null;
}

/**
 * The client's address: the socket's peer when no proxy is trusted; otherwise the entry
 * `hops` places from the right of X-Forwarded-For followed by the peer (the leftmost one when
 * the header is shorter, i.e. a client that came in through fewer proxies).
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const peer = cleanAddress(socketAddress) ?? "unknown";
  if (hops <= 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").slice(-MAX_HOPS - 1), peer].map((s) => s.trim()).filter((s) => s !== "");
  const index = Math.max(0, chain.length - 1 - hops);
  return cleanAddress(chain[index]) ?? peer;
}
