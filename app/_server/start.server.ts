// The production server: Next.js in its custom-server mode behind a fast lane for the quote API
// (docs/decisions/0033-api-fast-lane.md). Built by `npm run build` into .next/kasko-server/ (an
// esbuild bundle, app/_server/build-bundle.mjs) and started by `npm start`:
//   node .next/kasko-server/start.mjs [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]
// (the options of `next start`: the port from -p, else $PORT, else 3000; every interface unless -H).
// In order: listen at once; start the server's lifecycle (the data directory's lock, the early
// pricing, the database opening in the background, the shutdown's database close); then prepare
// Next.js. POST /api/v1/quotes is answered by the lane as soon as there is a library to price
// with; every other request goes to Next.js, waiting for it to be prepared if need be.
// SIGTERM and SIGINT: stop accepting, finish the requests in flight, close Next.js, exit (the
// lifecycle holds the exit until the database is closed), as `next start` does.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { installClientIpStamp } from "@/lib/http/install-client-ip.server";
import { startupTiming } from "@/lib/db/startup-timings.server";
import { startServerLifecycle } from "@/lib/server/lifecycle.server";
import { parseServerArgs, type ServerArgs } from "./server-args";
import { handleQuoteRequest, isQuoteRequest } from "./quote-lane.server";

type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
interface PreparedNext {
  handle: NextHandler;
  close: () => Promise<void>;
}

/** How long, at most, the start of Next.js gives way to the quotes being answered. */
const QUOTES_FIRST_MS = 500;

function fail(message: string): never {
  process.stderr.write(`kasko-compare: ${message}\n`);
  process.exit(1);
}

async function main(args: ServerArgs): Promise<void> {
  // As the `next` command sets them for `next start`.
  const env = process.env as Record<string, string | undefined>;
  env.NODE_ENV ??= "production";
  env.NEXT_RUNTIME = "nodejs";
  process.title = "kasko-compare";
  // The bundle is .next/kasko-server/start.mjs: the project is two folders up (data/, .next/, node_modules/).
  const dir = fileURLToPath(new URL("../..", import.meta.url));
  process.chdir(dir);

  // Before the server exists: every request Next.js serves is stamped with the client's address.
  installClientIpStamp();

  let next: PreparedNext | undefined;
  let prepared!: (next: PreparedNext) => void;
  const preparing = new Promise<PreparedNext>((resolve) => (prepared = resolve));
  const toNext = (req: IncomingMessage, res: ServerResponse) => {
    const answer = next ? next.handle(req, res) : preparing.then((n) => n.handle(req, res));
    answer.catch((error: unknown) => {
      // As `next start` answers a request its handler failed on.
      process.stderr.write(`kasko-compare: failed to handle request for ${req.url}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      } else res.destroy();
    });
  };
  let quoted = false;
  let quotesInFlight = 0;
  const server = createServer((req, res) => {
    if (isQuoteRequest(req)) {
      quotesInFlight += 1;
      res.once("close", () => {
        quotesInFlight -= 1;
        if (quoted) return;
        quoted = true;
        startupTiming("first quote answered");
      });
      void handleQuoteRequest(req, res);
    } else toNext(req, res);
  });
  if (args.keepAliveTimeout !== undefined) server.keepAliveTimeout = args.keepAliveTimeout;
  server.on("error", (error: NodeJS.ErrnoException) => fail(`cannot listen on ${args.hostname ?? "*"}:${args.port} (${error.code ?? error.message})`));

  let stopping = false;
  const stop = (signal: "SIGTERM" | "SIGINT") => {
    if (stopping) return;
    stopping = true;
    // No new connections; the requests in flight finish; idle keep-alive connections are closed.
    server.close(() => {
      void Promise.resolve(next?.close())
        .catch((error: unknown) => process.stderr.write(`kasko-compare: closing Next.js: ${String(error)}\n`))
        .then(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  await new Promise<void>((resolve) => server.listen(args.port, args.hostname, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : args.port;
  // What `next start` tells Next.js about its own address (server actions' redirects fetch through it).
  const shown = !args.hostname || args.hostname === "0.0.0.0" || args.hostname === "::" ? "localhost" : args.hostname.includes(":") ? `[${args.hostname}]` : args.hostname;
  process.env.PORT = String(port);
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${shown}:${port}`;
  process.stdout.write(`kasko-compare: listening on http://${shown}:${port}\n`);
  startupTiming("listening");

  // The data directory's lock, the early pricing and the database: the fast lane prices with them.
  await startServerLifecycle();

  // Next.js after the early pricing (which the lifecycle builds on the next turn of the loop).
  // Loading Next.js holds the thread for a while at each step (hundreds of milliseconds of
  // modules): before each, the quotes already being answered are let through first (for at
  // most QUOTES_FIRST_MS in all, so that a stream of quotes cannot keep Next.js from starting).
  const until = performance.now() + QUOTES_FIRST_MS;
  const quotesFirst = async () => {
    do await new Promise((resolve) => setImmediate(resolve));
    while (quotesInFlight > 0 && performance.now() < until);
  };
  await quotesFirst();
  try {
    const { default: createNext } = await import("next");
    startupTiming("next loaded");
    await quotesFirst();
    const app = createNext({ dev: false, dir, hostname: args.hostname, port, httpServer: server });
    await app.prepare();
    next = { handle: app.getRequestHandler() as NextHandler, close: () => app.close() };
  } catch (error) {
    fail(`Next.js did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  prepared(next!);
  startupTiming("next prepared");
  process.stdout.write("kasko-compare: ready\n");
}

const parsed = parseServerArgs(process.argv.slice(2), process.env);
if (!parsed.ok) fail(parsed.error);
void main(parsed.args);
