// Server-only: stamps every incoming HTTP request with the client's IP (CLIENT_IP_HEADER), taken
// from the socket as lib/http/client-ip.ts decides, before Next.js sees it. Route handlers,
// pages and server actions only get headers, never the socket: this is how they learn the
// address without trusting what a client wrote. Installed once per process from instrumentation.ts.
import http from "node:http";
import { CLIENT_IP_HEADER, resolveClientIp, trustedProxyHops } from "./client-ip";

const marker = Symbol.for("kasko.clientIpInstalled");

export function installClientIpStamp(): void {
  const proto = http.Server.prototype as unknown as Record<symbol, boolean> & { emit: (event: string, ...args: unknown[]) => boolean };
  if (proto[marker]) return;
  proto[marker] = true;
  const hops = trustedProxyHops(process.env.KASKO_TRUSTED_PROXY_HOPS);
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[CLIENT_IP_HEADER] = resolveClientIp(request.socket?.remoteAddress, request.headers["x-forwarded-for"], hops);
    }
    return emit.call(this, event, ...args);
  };
}
