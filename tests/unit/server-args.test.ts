import { describe, expect, it } from "vitest";
import { parseServerArgs } from "@/app/_server/server-args";

describe("the production server's command line (as next start reads its own)", () => {
  it("takes -p/--port, else $PORT, else 3000; -H/--hostname, else every interface", () => {
    expect(parseServerArgs([], {})).toEqual({ ok: true, args: { port: 3000, hostname: undefined, keepAliveTimeout: undefined } });
    expect(parseServerArgs([], { PORT: "4100", HOSTNAME: "box" })).toEqual({ ok: true, args: { port: 4100, hostname: undefined, keepAliveTimeout: undefined } });
    expect(parseServerArgs(["-p", "3001", "-H", "127.0.0.1"], { PORT: "4100" })).toEqual({ ok: true, args: { port: 3001, hostname: "127.0.0.1", keepAliveTimeout: undefined } });
    expect(parseServerArgs(["--port=3002", "--hostname", "0.0.0.0", "--keepAliveTimeout", "65000"], {})).toEqual({ ok: true, args: { port: 3002, hostname: "0.0.0.0", keepAliveTimeout: 65000 } });
  });

  it.each([
    [["-p"], "-p needs a value"],
    [["-p", "80x"], 'the port must be a number from 0 to 65535, not "80x"'],
    [["--port=70000"], 'the port must be a number from 0 to 65535, not "70000"'],
    [["--keepAliveTimeout", "0"], '--keepAliveTimeout must be a positive number of milliseconds, not "0"'],
    [["start"], "unknown option start (options: -p PORT, -H HOSTNAME, --keepAliveTimeout MS)"],
  ])("refuses %j: %s", (argv, error) => {
    expect(parseServerArgs(argv, {})).toEqual({ ok: false, error });
  });
});
