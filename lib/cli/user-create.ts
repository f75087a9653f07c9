/**
 * Creates an editor, admin or agent account in the site's database (PostgreSQL at DATABASE_URL,
 * else the embedded PGlite in KASKO_DATA_DIR or .data/pglite).
 *   npm run -s user:create -- --role admin --email anna@example.com --name "Anna"
 *   printf '%s' "$PASSWORD" | npm run -s user:create -- --role editor --email … --name … --password-stdin
 *   npm run -s user:create -- --role agent --agency alfa --email … --name … [--head] [--phone +7…]
 *   … --role agent --agency alfa --create-agency [--agency-name "Альфа-Агент"]   (the agency too)
 * Without --password-stdin a strong random password is generated and printed once.
 * Exit codes: 0 created, 2 bad input (message on stderr), 1 anything else (database errors).
 * The embedded database belongs to one process: while the site runs on it, this refuses (exit 1,
 * naming the site's pid) — stop the site, create the account, start it again; or add the
 * account in the editor's Users page. On PostgreSQL it works while the site runs.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { configuredDatabase, openDatabase, type Database } from "@/lib/db/client.server";
import { validatePassword } from "@/lib/auth/password.server";
import { createUser, isRole, ROLES, validateEmail, type AccountUser, type Role } from "@/lib/auth/users.server";
import { createAgency, createAgent, getAgencyBySlug } from "@/lib/agent/agencies.server";

const USAGE = `usage: npm run -s user:create -- --role ${ROLES.join("|")} --email <address> --name <name> [--password-stdin]
       agents also: --agency <slug> [--head] [--phone <phone>] [--create-agency [--agency-name <name>]]`;

function fail(message: string): never {
  process.stderr.write(`user:create: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  role: Role;
  email: string;
  name: string;
  passwordStdin: boolean;
  agency?: string;
  agencyName?: string;
  phone?: string;
  head: boolean;
  createAgency: boolean;
}

const REQUIRED_OPTIONS = ["role", "email", "name"] as const;
const VALUE_OPTIONS = [...REQUIRED_OPTIONS, "agency", "agency-name", "phone"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAGS = ["password-stdin", "head", "create-agency"] as const;

function parseArgs(argv: string[]): Args {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if ((FLAGS as readonly string[]).includes(arg.slice(2)) && arg.startsWith("--")) {
      flags.add(arg.slice(2));
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    const key = match?.[1] as ValueOption | undefined;
    if (!match || !key || !VALUE_OPTIONS.includes(key)) fail(`unknown argument ${JSON.stringify(arg)}`);
    if (values[key] !== undefined) fail(`--${key} given twice`);
    let value = match[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) fail(`--${key} needs a value`);
      i += 1;
    }
    values[key] = value;
  }
  const missing = REQUIRED_OPTIONS.filter((k) => values[k] === undefined);
  if (missing.length > 0) fail(`missing ${missing.map((k) => `--${k}`).join(", ")}`);
  const { role, email, name } = values as Record<ValueOption, string>;
  const agentOptions = ["agency", "agency-name", "phone"].filter((k) => values[k as ValueOption] !== undefined).concat(["head", "create-agency"].filter((f) => flags.has(f)));
  if (role === "agent" && values.agency === undefined) fail("an agent needs --agency <slug>");
  if (role !== "agent" && agentOptions.length > 0) fail(`${agentOptions.map((k) => `--${k}`).join(", ")} only for --role agent`);
  if (values["agency-name"] !== undefined && !flags.has("create-agency")) fail("--agency-name only with --create-agency");
  if (!isRole(role)) fail(`unknown role ${JSON.stringify(role)}; one of: ${ROLES.join(", ")}`);
  const emailProblem = validateEmail(email);
  if (emailProblem) fail(emailProblem);
  if (name.trim() === "") fail("the name must not be empty");
  return { role, email, name, passwordStdin: flags.has("password-stdin"), agency: values.agency, agencyName: values["agency-name"], phone: values.phone, head: flags.has("head"), createAgency: flags.has("create-agency") };
}

function readPassword(): string {
  // One trailing newline (from `echo` or a here-string) is not part of the password.
  const password = readFileSync(0, "utf8").replace(/\r?\n$/, "");
  const problem = validatePassword(password);
  if (problem) fail(problem);
  return password;
}

/** An agent in the agency `--agency` (created first with --create-agency when it does not exist). */
async function createAgentAccount(database: Database, args: Args, password: string): Promise<{ ok: true; user: AccountUser } | { ok: false; message: string }> {
  let agency = await getAgencyBySlug(database.db, args.agency!);
  if (!agency && args.createAgency) {
    const created = await createAgency(database.db, { slug: args.agency!, name: args.agencyName ?? args.agency! });
    if (!created.ok) return created;
    agency = created.agency;
    process.stdout.write(`created agency ${agency.slug} (${agency.name}), id ${agency.id}\n`);
  }
  if (!agency) return { ok: false, message: `no agency with the slug ${JSON.stringify(args.agency)} (add --create-agency to create it)` };
  return createAgent(database.db, { email: args.email, name: args.name, password, agencyId: agency.id, isHead: args.head, phone: args.phone });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const generated = !args.passwordStdin;
  // 18 random bytes: 24 base64url characters, 144 bits.
  const password = generated ? randomBytes(18).toString("base64url") : readPassword();

  let database: Database | undefined;
  try {
    database = await openDatabase(configuredDatabase("user:create"));
    const result = args.role === "agent" ? await createAgentAccount(database, args, password) : await createUser(database.db, { role: args.role, email: args.email, name: args.name, password });
    if (!result.ok) {
      process.stderr.write(`user:create: ${result.message}\n`);
      process.exitCode = 2;
      return;
    }
    const { user } = result;
    process.stdout.write(`created ${user.role} ${user.email} (${user.name}), id ${user.id}${args.agency ? `, agency ${args.agency}${args.head ? " (head)" : ""}` : ""}\n`);
    if (generated) process.stdout.write(`password (shown only this once): ${password}\n`);
  } catch (error) {
    process.stderr.write(`user:create: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}

void main();
