"use server";
// Sign-in and sign-out, as form actions (they work without JavaScript).
import { login, logout, type LoginState } from "@/app/_lib/session.server";

export async function loginAction(previous: LoginState, formData: FormData): Promise<LoginState> {
  return login(previous, formData);
}

export async function logoutAction(): Promise<void> {
  await logout();
}
