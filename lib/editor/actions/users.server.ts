// Accounts, managed by admins: create one, disable or re-enable one. Audited by lib/auth.
import type { Db } from "@/lib/db/client.server";
import * as accounts from "@/lib/auth/users.server";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password.server";
import { authorize, type Actor } from "./authorize";
import { fail, succeed, type ActionResult } from "./result";
import { parseId } from "./parse-input";

const FIELD: Record<accounts.CreateUserError, { path: string; message: string }> = {
  invalid_email: { path: "email", message: "Укажите адрес электронной почты." },
  invalid_name: { path: "name", message: "Укажите имя (до 200 символов)." },
  invalid_role: { path: "role", message: "Выберите роль: редактор или администратор." },
  weak_password: { path: "password", message: `Пароль — не короче ${MIN_PASSWORD_LENGTH} символов и не только из пробелов.` },
  duplicate_email: { path: "email", message: "Пользователь с таким адресом уже есть." },
};

export async function createUser(
  db: Db,
  user: Actor | null,
  input: { email: unknown; name: unknown; role: unknown; password: unknown },
  now: Date,
): Promise<ActionResult<{ user: accounts.AccountUser }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const created = await accounts.createUser(
    db,
    { email: text(input.email), name: text(input.name), role: text(input.role) as accounts.Role, password: text(input.password) },
    { actorId: user!.id, now },
  );
  if (created.ok) return succeed({ user: created.user }, 201);
  const field = FIELD[created.error];
  return fail(created.error === "duplicate_email" ? "conflict" : "invalid", field.message, [field]);
}

export async function setUserDisabled(db: Db, user: Actor | null, input: { userId: unknown; disabled: boolean }, now: Date): Promise<ActionResult<{ user: accounts.AccountUser }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const userId = parseId(input.userId);
  if (userId !== null && userId === user!.id && input.disabled) {
    return fail("invalid", "Свою учётную запись отключить нельзя: попросите другого администратора.", [{ path: "userId", message: "это вы" }]);
  }
  const updated = userId === null ? null : await accounts.setUserDisabled(db, userId, input.disabled === true, { actorId: user!.id, now });
  if (!updated) return fail("not_found", "Такого пользователя нет.");
  return succeed({ user: updated });
}
