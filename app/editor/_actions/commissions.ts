"use server";
// The commission table (admin only: the action function checks).
import { revalidatePath } from "next/cache";
import { actionContext } from "@/app/_lib/session.server";
import { setCommission } from "@/lib/offer/commission.server";
import { toFormResult, type FormResult } from "../_components/form-result";

export async function setCommissionAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await actionContext();
  const values = {
    agencyId: String(formData.get("agencyId") ?? "").slice(0, 20),
    insurerId: String(formData.get("insurerId") ?? "").slice(0, 80),
    percent: String(formData.get("percent") ?? "").slice(0, 20),
    effectiveFrom: String(formData.get("effectiveFrom") ?? "").slice(0, 20),
  };
  const result = await setCommission(db, user, values, now);
  if (result.ok) revalidatePath("/editor/commissions");
  return toFormResult(result, result.ok ? `Комиссия ${result.rate.percent} % с ${result.rate.effectiveFrom} записана.` : "", values);
}
