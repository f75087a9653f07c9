"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import { createUserAction } from "../_actions/users";
import { fieldError, IDLE } from "./form-result";
import { SubmitButton } from "./submit-button";

/** A new account: e-mail, name, role and an initial password (at least 12 characters). */
export function CreateUserForm({ agencies }: { agencies: { id: number; name: string }[] }) {
  const [state, action] = useActionState(createUserAction, IDLE);
  const err = (path: string) => (state.status === "error" ? fieldError(state, path) : undefined);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      {state.status === "ok" ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 sm:col-span-2">
          {state.message}
        </p>
      ) : null}
      <Field id="user-email" label="Электронная почта" error={err("email")}>
        <input {...describedBy("user-email", undefined, err("email"))} name="email" type="email" required maxLength={254} autoComplete="off" defaultValue={state.values?.email} className={inputClass} />
      </Field>
      <Field id="user-name" label="Имя" error={err("name")}>
        <input {...describedBy("user-name", undefined, err("name"))} name="name" required maxLength={200} autoComplete="off" defaultValue={state.values?.name} className={inputClass} />
      </Field>
      <Field id="user-role" label="Роль" hint="Администратор может ещё публиковать тарифы и управлять пользователями." error={err("role")}>
        <select {...describedBy("user-role", "hint", err("role"))} name="role" defaultValue={state.values?.role ?? "editor"} className={inputClass}>
          <option value="editor">редактор</option>
          <option value="admin">администратор</option>
          <option value="agent">агент</option>
        </select>
      </Field>
      <Field id="user-agency" label="Агентство (для агента)" error={err("agencyId")}>
        <select {...describedBy("user-agency", undefined, err("agencyId"))} name="agencyId" defaultValue={state.values?.agencyId ?? ""} className={inputClass}>
          <option value="">—</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="user-phone" label="Рабочий телефон агента" hint="Необязательно; для коммерческих предложений." error={err("phone")}>
        <input {...describedBy("user-phone", "hint", err("phone"))} name="phone" type="tel" maxLength={30} autoComplete="off" defaultValue={state.values?.phone} className={inputClass} />
      </Field>
      <div className="flex items-start gap-2 sm:col-span-2">
        <input id="user-head" name="isHead" type="checkbox" className="mt-1 size-4 accent-brand-600" />
        <label htmlFor="user-head" className="text-sm text-slate-800">
          Руководитель агентства (видит клиентов и расчёты всех агентов агентства)
        </label>
      </div>
      <Field id="user-password" label="Начальный пароль" hint="Не короче 12 символов." error={err("password")}>
        <input {...describedBy("user-password", "hint", err("password"))} name="password" type="password" required minLength={12} maxLength={1024} autoComplete="new-password" className={inputClass} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pendingText="Создаём…">Создать пользователя</SubmitButton>
      </div>
    </form>
  );
}
