import { redirect } from "next/navigation";

/** The workspace opens on the client list. */
export default function AgentHome(): never {
  redirect("/agent/clients");
}
