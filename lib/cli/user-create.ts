/**
 * Creates an editor or admin account in the site's database (PostgreSQL at DATABASE_URL, else the
 * embedded PGlite in KASKO_DATA_DIR or .data/pglite).
 *   npm run -s user:create -- --role admin --email anna@example.com --name "Anna"
 *   printf '%s' "$PASSWORD" | npm run -s user:create -- --role editor --email … --name … --password-stdin
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
import { createUser, isRole, ROLES, validateEmail, type Role } from "@/lib/auth/users.server";

const USAGE = `usage: npm run -s user:create -- --role ${ROLES.join("|")} --email <address> --name <name> [--password-stdin]`;

function fail(message: string): never {
  process.stderr.write(`user:create: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  role: Role;
  email: string;
  name: string;
  passwordStdin: boolean;
}

const VALUE_OPTIONS = ["role", "email", "name"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function parseArgs(argv: string[]): Args {
  const values: Partial<Record<ValueOption, string>> = {};
  let passwordStdin = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (arg === "--password-stdin") {
      passwordStdin = true;
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
  const missing = VALUE_OPTIONS.filter((k) => values[k] === undefined);
  if (missing.length > 0) fail(`missing ${missing.map((k) => `--${k}`).join(", ")}`);
  const { role, email, name } = values as Record<ValueOption, string>;
  if (!isRole(role)) fail(`unknown role ${JSON.stringify(role)}; one of: ${ROLES.join(", ")}`);
  const emailProblem = validateEmail(email);
  if (emailProblem) fail(emailProblem);
  if (name.trim() === "") fail("the name must not be empty");
  return { role, email, name, passwordStdin };
}

function readPassword(): string {
  // One trailing newline (from `echo` or a here-string) is not part of the password.
  const password = readFileSync(0, "utf8").replace(/\r?\n$/, "");
  const problem = validatePassword(password);
  if (problem) fail(problem);
  return password;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const generated = !args.passwordStdin;
  // 18 random bytes: 24 base64url characters, 144 bits.
  const password = generated ? randomBytes(18).toString("base64url") : readPassword();

  let database: Database | undefined;
  try {
    database = await openDatabase(configuredDatabase("user:create"));
    const result = await createUser(database.db, { role: args.role, email: args.email, name: args.name, password });
    if (!result.ok) {
      process.stderr.write(`user:create: ${result.message}\n`);
      process.exitCode = 2;
      return;
    }
    const { user } = result;
    process.stdout.write(`created ${user.role} ${user.email} (${user.name}), id ${user.id}\n`);
    if (generated) process.stdout.write(`password (shown only this once): ${password}\n`);
  } catch (error) {
    process.stderr.write(`user:create: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}

void main();
