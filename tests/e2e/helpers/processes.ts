// What the end-to-end files that start their own servers share: a free port, and stopping the
// servers they started (SIGTERM, then waiting for each to exit, as a deployment stops them).
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function stopServers(servers: ChildProcess[]): Promise<void> {
  for (const s of servers) {
    if (s.exitCode === null && s.signalCode === null) {
      s.kill("SIGTERM");
      await new Promise((r) => s.once("exit", r));
    }
  }
}
