// The production server's command line, as `next start` reads its own: -p/--port (else $PORT,
// else 3000), -H/--hostname (else every interface), --keepAliveTimeout (milliseconds; else
// Node's default). $HOSTNAME is not read, as `next start` does not read it (shells and
// containers set it to the machine's name).
export interface ServerArgs {
  port: number;
  hostname: string | undefined;
  keepAliveTimeout: number | undefined;
}

const integer = (value: string, min: number, max: number): number | undefined => {
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
};

export function parseServerArgs(argv: readonly string[], env: Record<string, string | undefined>): { ok: true; args: ServerArgs } | { ok: false; error: string } {
  const values: Record<"port" | "hostname" | "keepAliveTimeout", string | undefined> = { port: undefined, hostname: undefined, keepAliveTimeout: undefined };
  const names: Record<string, keyof typeof values> = { "-p": "port", "--port": "port", "-H": "hostname", "--hostname": "hostname", "--keepAliveTimeout": "keepAliveTimeout" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const name = names[flag];
    if (!name) return { ok: false, error: `unknown option ${arg} (options: -p PORT, -H HOSTNAME, --keepAliveTimeout MS)` };
    const value = flag !== arg ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") return { ok: false, error: `${flag} needs a value` };
    values[name] = value;
  }
  const portText = values.port ?? env.PORT ?? "3000";
  const port = integer(portText, 0, 65_535);
  if (port === undefined) return { ok: false, error: `the port must be a number from 0 to 65535, not "${portText}"` };
  let keepAliveTimeout: number | undefined;
  if (values.keepAliveTimeout !== undefined) {
    keepAliveTimeout = integer(values.keepAliveTimeout, 1, 2 ** 31 - 1);
    if (keepAliveTimeout === undefined) return { ok: false, error: `--keepAliveTimeout must be a positive number of milliseconds, not "${values.keepAliveTimeout}"` };
  }
  return { ok: true, args: { port, hostname: values.hostname, keepAliveTimeout } };
}
