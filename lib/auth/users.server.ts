// Server-only: editor and admin accounts, login and roles. Used by the app, the user:create CLI
// and the tests (so no "server-only" import). See docs/decisions/0005-accounts-and-sessions.md.
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { auditLog, roleEnum, sessions, users } from "@/lib/db/schema";
import { HashBusyError, loginHashLimiter, type HashLimiter } from "./hash-limiter";
import { DUMMY_HASH, hashPassword, needsRehash, passwordWithinLimit, validatePassword, verifyPassword } from "./password.server";
import { loginSucceeded, MAX_EMAIL_LENGTH, normalizeEmail, refundLoginAttempt, reserveLoginAttempt } from "./throttle.server";

export { normalizeEmail } from "./throttle.server";

export type Role = (typeof roleEnum.enumValues)[number];
export const ROLES: readonly Role[] = roleEnum.enumValues;

/** A user as the rest of the app sees one: never the password hash. */
export interface AccountUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
}

/** The columns of an `AccountUser`, for selects and `returning`. */
export const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  createdAt: users.createdAt,
  disabledAt: users.disabledAt,
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const MAX_NAME_LENGTH = 200;

/** Why an address cannot be an account's e-mail, or null. Checks the shape only. */
export function validateEmail(email: unknown): string | null {
  if (typeof email !== "string") return "the e-mail must be a string";
  const address = normalizeEmail(email);
  if (address.length > MAX_EMAIL_LENGTH) return `the e-mail must be at most ${MAX_EMAIL_LENGTH} characters long`;
  if (!EMAIL.test(address)) return "not an e-mail address";
  return null;
}

export interface AuditOptions {
  /** Who did it (null: the system or the command line). */
  actorId?: number | null;
  now?: Date;
}

type Executor = Pick<Db, "insert">;

async function audit(db: Executor, action: string, userId: number | null, details: Record<string, unknown>, now: Date): Promise<void> {
  await db.insert(auditLog).values({ action, userId, details, at: now });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export type CreateUserError = "invalid_email" | "invalid_name" | "invalid_role" | "weak_password" | "duplicate_email";
export type CreateUserResult = { ok: true; user: AccountUser } | { ok: false; error: CreateUserError; message: string };

/**
 * Creates an account. Bad input or an e-mail already taken is an error value, not an exception;
 * the e-mail is stored trimmed and lower-cased. Audited as "user.create".
 */
export async function createUser(db: Db, input: NewUser, options: AuditOptions = {}): Promise<CreateUserResult> {
  const emailProblem = validateEmail(input.email);
  if (emailProblem) return { ok: false, error: "invalid_email", message: emailProblem };
  const email = normalizeEmail(input.email);
  const name = typeof input.name === "string" ? input.name.trim() : "";
  if (name === "" || name.length > MAX_NAME_LENGTH) return { ok: false, error: "invalid_name", message: `the name must be 1–${MAX_NAME_LENGTH} characters long` };
  if (!isRole(input.role)) return { ok: false, error: "invalid_role", message: `unknown role ${JSON.stringify(input.role)}; one of: ${ROLES.join(", ")}` };
  const passwordProblem = validatePassword(input.password);
  if (passwordProblem) return { ok: false, error: "weak_password", message: passwordProblem };

  const duplicate = { ok: false, error: "duplicate_email", message: `a user with the e-mail ${email} already exists` } as const;
  // Cheap check first (no 0.1 s hash for a duplicate); the insert below settles any race.
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) return duplicate;

  const passwordHash = await hashPassword(input.password);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name, role: input.role, passwordHash, createdAt: now })
      .onConflictDoNothing({ target: users.email })
      .returning(accountColumns);
    if (!user) return duplicate;
    await audit(tx, "user.create", options.actorId ?? null, { targetUserId: user.id, email, name, role: user.role }, now);
    return { ok: true, user };
  });
}

export type AuthenticateResult =
  | { ok: true; user: AccountUser }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "throttled" | "busy"; retryAfterSeconds: number };

export interface AuthenticateOptions {
  /** The client's IP (lib/http/client-ip.ts); "unknown" when there is none (command line, tests). */
  ip?: string;
  /** The gate in front of scrypt (default: the process's, lib/auth/hash-limiter.ts). */
  limiter?: HashLimiter;
  /** How the account's slow-down waits (tests pass their own). */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether login input is small enough to look at: an address of at most 254 characters, a password of at most 1024 bytes. */
export function loginInputWithinLimits(email: unknown, password: unknown): boolean {
  return typeof email === "string" && typeof password === "string" && normalizeEmail(email).length <= MAX_EMAIL_LENGTH && passwordWithinLimit(password);
}

/**
 * Checks an e-mail and password. An unknown e-mail and a wrong password give the same answer,
 * "invalid", after the same scrypt work; "disabled" is told only to someone who knows the
 * password. Oversized input is "invalid" before any work (no database, no hashing, no log).
 * Every attempt is counted before the slow check (docs/decisions/0008): "throttled" when the IP
 * or the address and IP pair is over its limit, "busy" when too many passwords are being
 * checked at once. Checked attempts are audited ("login.success" / "login.failure"); refusals
 * by the throttle only once per window. Does not create a session: see `createSession`.
 */
export async function authenticate(db: Db, email: string, password: string, now: Date, options: AuthenticateOptions = {}): Promise<AuthenticateResult> {
  if (!loginInputWithinLimits(email, password)) return { ok: false, reason: "invalid" };
  const address = normalizeEmail(email);
  const ip = options.ip ?? "unknown";
  const reservation = await reserveLoginAttempt(db, { email: address, ip }, now);
  if (!reservation.allowed) {
    if (reservation.firstRefusal) await audit(db, "login.failure", null, { email: address, reason: "throttled", scope: reservation.scope }, now);
    return { ok: false, reason: "throttled", retryAfterSeconds: reservation.retryAfterSeconds };
  }
  if (reservation.delayMs > 0) await (options.sleep ?? wait)(reservation.delayMs);

  const [row] = address === "" ? [] : await db.select({ ...accountColumns, passwordHash: users.passwordHash }).from(users).where(eq(users.email, address)).limit(1);
  let matches: boolean;
  try {
    // An unknown address is checked against a dummy hash: the same work as a wrong password.
    matches = await (options.limiter ?? loginHashLimiter()).run(() => verifyPassword(password, row?.passwordHash ?? DUMMY_HASH));
  } catch (e) {
    if (!(e instanceof HashBusyError)) throw e;
    await refundLoginAttempt(db, reservation.keys);
    return { ok: false, reason: "busy", retryAfterSeconds: e.retryAfterSeconds };
  }
  if (!row) {
    await audit(db, "login.failure", null, { email: address, reason: "unknown_email" }, now);
    return { ok: false, reason: "invalid" };
  }
  const { passwordHash, ...user } = row;
  if (!matches) {
    await audit(db, "login.failure", user.id, { email: address, reason: "wrong_password" }, now);
    return { ok: false, reason: "invalid" };
  }
  if (user.disabledAt !== null) {
    await audit(db, "login.failure", user.id, { email: address, reason: "disabled" }, now);
    return { ok: false, reason: "disabled" };
  }
  await loginSucceeded(db, reservation.keys);
  if (needsRehash(passwordHash)) {
    await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
  }
  await audit(db, "login.success", user.id, { email: address }, now);
  return { ok: true, user };
}

const ROLE_RANK: Record<Role, number> = { agent: 0, editor: 1, admin: 2 };

/**
 * Whether the user may act as `role`: an admin can do everything an editor can. Agents stand
 * apart: only an agent acts as an agent, and an agent is neither editor nor admin.
 */
export function hasRole(user: Pick<AccountUser, "role" | "disabledAt"> | null | undefined, role: Role): boolean {
  if (!user || user.disabledAt !== null) return false;
  if (role === "agent" || user.role === "agent") return user.role === role;
  return ROLE_RANK[user.role] >= ROLE_RANK[role];
}

export class AuthorizationError extends Error {
  constructor(
    readonly code: "unauthenticated" | "forbidden",
    message: string,
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

/**
 * Asserts the user may act as `role` (admin satisfies editor). Throws `AuthorizationError`:
 * "unauthenticated" without a user, "forbidden" with too small a role or a disabled account.
 */
export function requireRole<U extends Pick<AccountUser, "role" | "disabledAt">>(user: U | null | undefined, role: Role): asserts user is U {
  if (!user) throw new AuthorizationError("unauthenticated", "not signed in");
  if (!hasRole(user, role)) throw new AuthorizationError("forbidden", `this needs the ${role} role`);
}

/** Every account, disabled ones included, by e-mail. */
export function listUsers(db: Db): Promise<AccountUser[]> {
  return db.select(accountColumns).from(users).orderBy(asc(users.email));
}

export async function getUserById(db: Db, userId: number): Promise<AccountUser | null> {
  const [user] = await db.select(accountColumns).from(users).where(eq(users.id, userId)).limit(1);
  return user ?? null;
}

/**
 * Disables (ending all the user's sessions) or re-enables an account. Returns the user as it is
 * now, or null if there is no such user. Audited as "user.disable" / "user.enable" when the
 * state changes.
 */
export async function setUserDisabled(db: Db, userId: number, disabled: boolean, options: AuditOptions = {}): Promise<AccountUser | null> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [current] = await tx.select(accountColumns).from(users).where(eq(users.id, userId)).limit(1).for("update");
    if (!current) return null;
    if ((current.disabledAt !== null) === disabled) return current;
    const [user] = await tx
      .update(users)
      .set({ disabledAt: disabled ? now : null })
      .where(eq(users.id, userId))
      .returning(accountColumns);
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
    await audit(tx, disabled ? "user.disable" : "user.enable", options.actorId ?? null, { targetUserId: userId, email: current.email }, now);
    return user!;
  });
}
