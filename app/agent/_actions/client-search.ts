"use server";
// The client list's search. What is searched for is a client's name or phone, so it travels in
// a short-lived, http-only cookie scoped to the list, never in the URL (which ends up in browser
// history, proxy logs and the Referer header).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { CLIENT_SEARCH_COOKIE, MAX_CLIENT_SEARCH } from "./client-search-cookie";

export async function searchClientsAction(formData: FormData): Promise<void> {
  const q = formData.get("clear") ? "" : String(formData.get("q") ?? "").trim().slice(0, MAX_CLIENT_SEARCH);
  const jar = await cookies();
  if (q) jar.set(CLIENT_SEARCH_COOKIE, q, { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production", path: "/agent/clients", maxAge: 60 * 60 });
  else jar.delete({ name: CLIENT_SEARCH_COOKIE, path: "/agent/clients" });
  redirect("/agent/clients");
}
