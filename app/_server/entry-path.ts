// Where `npm run build` puts the production server, and the command that starts it: for the
// scripts that start the built site (the end-to-end tests' servers, the benchmarks).
export const SERVER_ENTRY = ".next/kasko-server/start.mjs";

/** `node .next/kasko-server/start.mjs -p PORT -H HOST`, as an argument list after the node binary. */
export function serverArgs(port: number, hostname = "127.0.0.1"): string[] {
  return [SERVER_ENTRY, "-p", String(port), "-H", hostname];
}
