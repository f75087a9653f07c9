"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import { createAgencyAction } from "../_actions/users";
import { fieldError, IDLE } from "./form-result";
import { SubmitButton } from "./submit-button";

/** A new agency: short name (for the command line), name and contacts (shown on commercial offers). */
export function CreateAgencyForm() {
  const [state, action] = useActionState(createAgencyAction, IDLE);
  const err = (path: string) => (state.status === "error" ? fieldError(state, path) : undefined);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      {state.status === "ok" ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 sm:col-span-2">
          {state.message}
        </p>
      ) : null}
      <Field id="agency-slug" label="Короткое имя" hint="Латиница, цифры, дефис: alfa-agent." error={err("slug")}>
        <input {...describedBy("agency-slug", "hint", err("slug"))} name="slug" required maxLength={40} autoComplete="off" defaultValue={state.values?.slug} className={inputClass} />
      </Field>
      <Field id="agency-name" label="Название" error={err("name")}>
        <input {...describedBy("agency-name", undefined, err("name"))} name="name" required maxLength={200} autoComplete="off" defaultValue={state.values?.name} className={inputClass} />
      </Field>
      <Field id="agency-phone" label="Телефон" error={err("phone")}>
        <input {...describedBy("agency-phone", undefined, err("phone"))} name="phone" type="tel" maxLength={30} autoComplete="off" defaultValue={state.values?.phone} className={inputClass} />
      </Field>
      <Field id="agency-email" label="Электронная почта" error={err("email")}>
        <input {...describedBy("agency-email", undefined, err("email"))} name="email" type="email" maxLength={254} autoComplete="off" defaultValue={state.values?.email} className={inputClass} />
      </Field>
      <Field id="agency-address" label="Адрес" error={err("address")} className="sm:col-span-2">
        <input {...describedBy("agency-address", undefined, err("address"))} name="address" maxLength={300} autoComplete="off" defaultValue={state.values?.address} className={inputClass} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pendingText="Создаём…">Создать агентство</SubmitButton>
      </div>
    </form>
  );
}
