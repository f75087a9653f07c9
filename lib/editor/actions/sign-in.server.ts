// Signing in, shared by the login form's server action and POST /api/v1/editor/session: the
// limits on input, the throttle, the password check, the new session. Answers in Russian, with
// an HTTP status. See docs/decisions/0005 and 0008.
import { MAX_PASSWORD_BYTES, passwordWithinLimit } from "@/lib/auth/password.server";
import { createSession, deleteSession } from "@/lib/auth/sessions.server";
import { MAX_EMAIL_LENGTH } from "@/lib/auth/throttle.server";
import { authenticate, type AccountUser, type AuthenticateOptions } from "@/lib/auth/users.server";
import type { Db } from "@/lib/db/client.server";

export interface SignInInput {
  email: unknown;
  password: unknown;
  /** The client's IP (lib/http/client-ip.ts). */
  ip: string;
  /** The session this browser had before, ended on success. */
  previousToken?: string | null;
}

export type SignInRefusal = {
  ok: false;
  status: 400 | 401 | 403 | 429;
  error: "too_long" | "missing" | "invalid" | "disabled" | "throttled" | "busy";
  /** For people, in Russian. */
  message: string;
  /** The field at fault, when one is. */
  field?: "email" | "password";
  /** With 429: when to try again (the Retry-After header). */
  retryAfterSeconds?: number;
};

export type SignInOutcome = { ok: true; user: AccountUser; session: { token: string; expiresAt: Date } } | SignInRefusal;

/** "через 3 мин." — whole minutes, rounded up. */
export function throttleMessage(retryAfterSeconds: number): string {
  return `Слишком много попыток, попробуйте через ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} мин.`;
}

/** "через 2 с" — for a server busy checking other passwords. */
export function busyMessage(retryAfterSeconds: number): string {
  return `Сейчас проверяется слишком много входов одновременно. Попробуйте ещё раз через ${Math.max(1, retryAfterSeconds)} с.`;
}

/** The input limits, checked before any work: no database, no hashing, nothing logged. */
export function checkSignInInput(email: unknown, password: unknown): SignInRefusal | { ok: true; email: string; password: string } {
  const address = typeof email === "string" ? email.trim() : "";
  const secret = typeof password === "string" ? password : "";
  if (address.length > MAX_EMAIL_LENGTH) return { ok: false, status: 400, error: "too_long", field: "email", message: `Адрес электронной почты длиннее ${MAX_EMAIL_LENGTH} символов — такого адреса нет.` };
  if (!passwordWithinLimit(secret)) return { ok: false, status: 400, error: "too_long", field: "password", message: `Пароль длиннее ${MAX_PASSWORD_BYTES} байт — такого пароля нет.` };
  if (address === "" || secret === "") return { ok: false, status: 400, error: "missing", message: "Введите адрес электронной почты и пароль." };
  return { ok: true, email: address, password: secret };
}

export async function signIn(db: Db, input: SignInInput, now: Date, options: Omit<AuthenticateOptions, "ip"> = {}): Promise<SignInOutcome> {
  const checked = checkSignInInput(input.email, input.password);
  if (!checked.ok) return checked;
  const result = await authenticate(db, checked.email, checked.password, now, { ...options, ip: input.ip });
  if (!result.ok) {
    switch (result.reason) {
      case "throttled":
        return { ok: false, status: 429, error: "throttled", message: throttleMessage(result.retryAfterSeconds), retryAfterSeconds: result.retryAfterSeconds };
      case "busy":
        return { ok: false, status: 429, error: "busy", message: busyMessage(result.retryAfterSeconds), retryAfterSeconds: result.retryAfterSeconds };
      case "disabled":
        return { ok: false, status: 403, error: "disabled", message: "Учётная запись отключена. Обратитесь к администратору." };
      default:
        return { ok: false, status: 401, error: "invalid", message: "Неверный адрес электронной почты или пароль." };
    }
  }
  if (input.previousToken) await deleteSession(db, input.previousToken);
  const session = await createSession(db, result.user.id, now);
  return { ok: true, user: result.user, session };
}
