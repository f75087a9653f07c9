// Agencies and agent accounts, managed by admins on the users page. Audited by lib/agent.
import type { Db } from "@/lib/db/client.server";
import * as agencies from "@/lib/agent/agencies.server";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password.server";
import type { AccountUser } from "@/lib/auth/users.server";
import { authorize, type Actor } from "./authorize";
import { fail, succeed, type ActionResult } from "./result";
import { parseId } from "./parse-input";

const AGENCY_FIELD: Record<agencies.CreateAgencyError, { path: string; message: string }> = {
  invalid_slug: { path: "slug", message: "Короткое имя: 2–40 латинских букв, цифр и дефисов." },
  invalid_name: { path: "name", message: "Укажите название (до 200 символов)." },
  invalid_phone: { path: "phone", message: "Телефон в формате +7 912 345-67-89." },
  invalid_email: { path: "email", message: "Адрес электронной почты в формате name@example.ru." },
  invalid_address: { path: "address", message: "Адрес — до 300 символов." },
  duplicate_slug: { path: "slug", message: "Агентство с таким коротким именем уже есть." },
};

const text = (v: unknown) => (typeof v === "string" ? v : "");

export async function createAgency(db: Db, user: Actor | null, input: Record<string, unknown>, now: Date): Promise<ActionResult<{ agency: { id: number; slug: string; name: string } }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const created = await agencies.createAgency(db, { slug: text(input.slug), name: text(input.name), phone: text(input.phone), email: text(input.email), address: text(input.address) }, { actorId: user!.id, now });
  if (created.ok) return succeed({ agency: created.agency }, 201);
  const field = AGENCY_FIELD[created.error];
  return fail(created.error === "duplicate_slug" ? "conflict" : "invalid", field.message, [field]);
}

const AGENT_FIELD: Record<Exclude<agencies.CreateAgentResult, { ok: true }>["error"], { path: string; message: string }> = {
  invalid_email: { path: "email", message: "Укажите адрес электронной почты." },
  invalid_name: { path: "name", message: "Укажите имя (до 200 символов)." },
  invalid_role: { path: "role", message: "Выберите роль." },
  weak_password: { path: "password", message: `Пароль — не короче ${MIN_PASSWORD_LENGTH} символов и не только из пробелов.` },
  duplicate_email: { path: "email", message: "Пользователь с таким адресом уже есть." },
  unknown_agency: { path: "agencyId", message: "Выберите агентство." },
  invalid_phone: { path: "phone", message: "Телефон в формате +7 912 345-67-89." },
};

export async function createAgent(db: Db, user: Actor | null, input: Record<string, unknown>, now: Date): Promise<ActionResult<{ user: AccountUser }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const agencyId = parseId(input.agencyId);
  if (agencyId === null) return fail("invalid", AGENT_FIELD.unknown_agency.message, [AGENT_FIELD.unknown_agency]);
  const created = await agencies.createAgent(
    db,
    { email: text(input.email), name: text(input.name), password: text(input.password), agencyId, isHead: input.isHead === true || input.isHead === "on", phone: text(input.phone) },
    { actorId: user!.id, now },
  );
  if (created.ok) return succeed({ user: created.user }, 201);
  const field = AGENT_FIELD[created.error];
  return fail(created.error === "duplicate_email" ? "conflict" : "invalid", field.message, [field]);
}
