// The one role check of the editor's actions. Every action calls it first, before reading its
// input, so a refused request changes nothing and learns nothing.
import { hasRole, type AccountUser, type Role } from "@/lib/auth/users.server";
import { fail, type Failure } from "./result";

/** Who is acting: the session's user (see app/_lib/session.server.ts), or null when nobody is signed in. */
export type Actor = Pick<AccountUser, "id" | "email" | "name" | "role" | "disabledAt">;

/** null when `user` may act as `role` (an admin may do everything an editor may); else 401 or 403. */
export function authorize(user: Actor | null | undefined, role: Role): Failure | null {
  if (!user) return fail("unauthenticated", "Войдите, чтобы продолжить: сессии нет или она истекла.");
  if (!hasRole(user, role)) {
    return fail("forbidden", role === "admin" ? "Это действие доступно только администратору." : role === "agent" ? "Это действие доступно только агентам." : "У вашей учётной записи нет прав на это действие.");
  }
  return null;
}
