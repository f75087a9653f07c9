// Server-only: demonstration commission rates for the development demo agency, so that its
// agents can try the discount from commission. Set by the demo administrator, audited like any rate.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { insurers, users } from "@/lib/db/schema";
import { setCommission } from "./commission.server";

/** Invented rates (only for insurers already in the database) (percent of the premium), from the first demonstration edition. */
const DEMO_RATES: [insurerId: string, percent: string][] = [
  ["renaissance", "15"],
  ["ingosstrakh", "10"],
  ["liberty", "12"],
  ["maks", "8"],
  ["rosgosstrakh", "10"],
];

export async function createDemoCommissions(db: Db, agencyId: number, now: Date): Promise<void> {
  const [admin] = await db.select().from(users).where(eq(users.email, "admin@demo.local")).limit(1);
  if (!admin) return;
  const actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role, disabledAt: admin.disabledAt };
  const present = new Set((await db.select({ id: insurers.id }).from(insurers)).map((i) => i.id));
  for (const [insurerId, percent] of DEMO_RATES.filter(([id]) => present.has(id))) {
    const result = await setCommission(db, actor, { agencyId, insurerId, percent, effectiveFrom: "2019-01-01" }, now);
    if (!result.ok) throw new Error(`could not set the demo commission for ${insurerId}: ${result.message}`);
  }
}
