// Server-only: demo accounts for local development only (never in production, which has no
// default password: the first admin is created with `npm run user:create`).
import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import { createUser } from "@/lib/auth/users.server";
import type { Db } from "./client.server";
import { createDemoAgency } from "./demo-agency.server";
import { users } from "./schema";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.local", name: "Демо-администратор", role: "admin" },
  { email: "editor@demo.local", name: "Демо-редактор", role: "editor" },
] as const;

/** On an empty development database, creates the demo accounts with fresh random passwords and prints them. */
export async function createDemoAccounts(db: Db, log: (line: string) => void = console.log): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  log("Demo accounts for the tariff editor (development only, shown once):");
  for (const account of DEMO_ACCOUNTS) {
    const password = randomBytes(12).toString("base64url");
    const result = await createUser(db, { ...account, password });
    if (!result.ok) throw new Error(`could not create demo account ${account.email}: ${result.message}`);
    log(`  ${account.role.padEnd(6)} ${account.email}  password: ${password}`);
  }
  log("Demo agency for the agents' workspace (sign in at /login):");
  await createDemoAgency(db, log);
  return true;
}
