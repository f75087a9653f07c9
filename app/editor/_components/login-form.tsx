"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/calculator/field";
import type { LoginState } from "@/lib/editor/actions/session.server";
import { loginAction } from "../_actions/session";
import { SubmitButton } from "./submit-button";

/** E-mail and password; the refusal is shown above the fields. A plain form: works without JavaScript. */
export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(loginAction, { error: null, email: "" } satisfies LoginState);
  const error = state.error ?? undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {error ? (
        <p id="login-error" role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {error}
        </p>
      ) : null}
      <Field id="email" label="Электронная почта">
        <input
          {...describedBy("email")}
          aria-describedby={error ? "login-error" : undefined}
          aria-invalid={error ? true : undefined}
          name="email"
          type="email"
          maxLength={254}
          autoComplete="username"
          required
          defaultValue={state.email}
          className={inputClass}
        />
      </Field>
      <Field id="password" label="Пароль">
        <input
          {...describedBy("password")}
          aria-describedby={error ? "login-error" : undefined}
          aria-invalid={error ? true : undefined}
          name="password"
          type="password"
          maxLength={1024}
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </Field>
      <SubmitButton pendingText="Проверяем…">Войти</SubmitButton>
    </form>
  );
}
