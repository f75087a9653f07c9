"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import type { LoginState } from "@/app/_lib/session.server";
import { loginAction } from "@/app/editor/_actions/session";
import { SubmitButton } from "@/app/editor/_components/submit-button";

export interface LoginLabels {
  email: string;
  password: string;
  submit: string;
  pending: string;
}

/** The site's one sign-in form (the same action as the editor's): e-mail and password, the refusal above. */
export function SiteLoginForm({ next, labels }: { next: string; labels: LoginLabels }) {
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
      <Field id="email" label={labels.email}>
        <input {...describedBy("email")} aria-describedby={error ? "login-error" : undefined} aria-invalid={error ? true : undefined} name="email" type="email" autoComplete="username" required defaultValue={state.email} className={inputClass} />
      </Field>
      <Field id="password" label={labels.password}>
        <input {...describedBy("password")} aria-describedby={error ? "login-error" : undefined} aria-invalid={error ? true : undefined} name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
