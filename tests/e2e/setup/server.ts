import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { SERVER_ENTRY, serverArgs } from "../../../app/_server/entry-path";
import { freePort } from "../helpers/processes";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    accounts: Record<"admin" | "editor" | "agent" | "otherAgent" | "colleague" | "head", { email: string; password: string }>;
  }
}

/** Accounts for the editor tests, created with the real CLI before the server owns the data dir. */
const ACCOUNTS = {
  admin: { email: "admin@e2e.local", password: "e2e-admin-password-1" },
  editor: { email: "editor@e2e.local", password: "e2e-editor-password-1" },
  agent: { email: "agent@alpha.e2e.local", password: "e2e-agent-password-1" },
  otherAgent: { email: "agent@beta.e2e.local", password: "e2e-agent-password-2" },
  colleague: { email: "colleague@alpha.e2e.local", password: "e2e-agent-password-3" },
  head: { email: "head@alpha.e2e.local", password: "e2e-agent-password-4" },
};

/** The role and extra options user:create is called with for each account (agents: each in an agency of their own). */
const CLI_ARGS: Record<keyof typeof ACCOUNTS, string[]> = {
  admin: ["--role", "admin"],
  editor: ["--role", "editor"],
  agent: ["--role", "agent", "--agency", "alpha", "--create-agency", "--agency-name", "Альфа-Агент", "--phone", "+7 495 000-00-11"],
  otherAgent: ["--role", "agent", "--agency", "beta", "--create-agency", "--agency-name", "Бета-Брокер"],
  colleague: ["--role", "agent", "--agency", "alpha"],
  head: ["--role", "agent", "--agency", "alpha", "--head"],
};

function createAccounts(dataDir: string) {
  for (const [who, account] of Object.entries(ACCOUNTS) as [keyof typeof ACCOUNTS, (typeof ACCOUNTS)["admin"]][]) {
    const env: NodeJS.ProcessEnv = { ...process.env, KASKO_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const res = spawnSync("node_modules/.bin/tsx", ["lib/cli/user-create.ts", ...CLI_ARGS[who], "--email", account.email, "--name", `E2E ${who}`, "--password-stdin"], { input: `${account.password}\n`, encoding: "utf8", env });
    if (res.status !== 0) throw new Error(`user:create failed for ${who}: ${res.stderr}`);
  }
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${url}/api/v1/regions`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not come up in 30 s`);
}

/** Starts the production server once for all end-to-end tests (or uses E2E_BASE_URL). */
export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide("baseURL", external);
    project.provide("accounts", ACCOUNTS);
    return;
  }
  if (!existsSync(".next/BUILD_ID") || !existsSync(SERVER_ENTRY)) throw new Error("run `npm run build` before the end-to-end tests (npm run test:e2e does)");
  const port = await freePort();
  // A fresh embedded database for every run: the editor tests change tariffs.
  const dataDir = join(mkdtempSync(join(tmpdir(), "kasko-e2e-")), "pglite");
  createAccounts(dataDir);
  // The production server, as `npm start` runs it (Next.js behind the quote API's fast lane).
  const server = spawn(process.execPath, serverArgs(port), { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_ENV: "production", KASKO_DATA_DIR: dataDir } });
  let log = "";
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, server);
  } catch (e) {
    server.kill("SIGTERM");
    throw new Error(`${(e as Error).message}\n${log}`);
  }
  // The first quote creates and seeds the embedded database: do it before the tests time anything.
  const warm = await fetch(`${url}/api/v1/quotes`, {
    method: "POST",
    body: JSON.stringify({ region: "38", vehicle: { modelId: "kia-rio", year: 2026, price: 654000 }, drivers: [{ age: 40, experienceYears: 20 }] }),
  });
  if (warm.status !== 200) throw new Error(`warm-up quote failed with ${warm.status}: ${await warm.text()}\n${log}`);
  project.provide("baseURL", url);
  project.provide("accounts", ACCOUNTS);
  return async () => {
    server.kill("SIGTERM");
    if (/error/i.test(log) && process.env.E2E_SHOW_SERVER_LOG) console.log(log);
  };
}
