import { redirect } from "next/navigation";
import { currentUser } from "@/app/_lib/session.server";

/** Sends a signed-in user to their role's workspace: agents to their clients, editors and admins to the editor. */
export default async function WorkspacePage(): Promise<never> {
  const user = await currentUser();
  if (!user) redirect("/login");
  redirect(user.role === "agent" ? "/agent/clients" : "/editor");
}
