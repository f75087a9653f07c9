import { asc } from "drizzle-orm";
import { hasRole } from "@/lib/auth/users.server";
import { todayIso } from "@/lib/clock";
import { listAgencies } from "@/lib/agent/agencies.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { insurers } from "@/lib/db/schema";
import { requireUser } from "@/app/_lib/session.server";
import { ruDate } from "@/lib/format/ru-date";
import { listCommissions } from "@/lib/offer/commission.server";
import { CommissionForm } from "../../_components/commission-form";
import { formatDateTime } from "../../_components/format";
import { cardClass, h1Class, h2Class, tableClass, tdClass, thClass } from "../../_components/styles";

/** The agencies' commission per insurer (admins only): the rates with their history, and a new rate. */
export default async function CommissionsPage() {
  const user = await requireUser("/editor/commissions");
  if (!hasRole(user, "admin")) {
    return (
      <>
        <h1 className={h1Class}>Комиссия агентств</h1>
        <p role="alert" className="text-sm font-medium text-red-800">
          Раздел доступен только администраторам.
        </p>
      </>
    );
  }
  const { db } = await getReadyDatabase();
  const [list, agencyList, insurerList] = await Promise.all([listCommissions(db, user), listAgencies(db), db.select({ id: insurers.id, name: insurers.nameRu }).from(insurers).orderBy(asc(insurers.nameRu))]);
  const rows = list.ok ? list.rows : [];
  const today = todayIso();
  // The rate in force today per agency × insurer: the first row of its group (newest first) effective by today.
  const inForce = new Set<number>();
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.agencyId}|${r.insurerId}`;
    if (!seen.has(key) && r.effectiveFrom <= today) {
      inForce.add(r.id);
      seen.add(key);
    }
  }
  return (
    <>
      <h1 className={h1Class}>Комиссия агентств</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        Комиссионное вознаграждение агентства от страховщика, в процентах премии. Из него агент может дать клиенту скидку — не больше комиссии и не больше, чем разрешает тариф страховщика. Новая ставка действует с указанной даты; прежние остаются в истории.
      </p>
      <section className={cardClass} aria-labelledby="commission-new">
        <h2 id="commission-new" className={h2Class}>
          Новая ставка
        </h2>
        <CommissionForm agencies={agencyList.map((a) => ({ id: a.id, name: a.name }))} insurers={insurerList} today={today} />
      </section>
      <section aria-labelledby="commission-history" className="space-y-2">
        <h2 id="commission-history" className={h2Class}>
          Ставки и история
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">Ставок пока нет: без ставки агент не может дать скидку.</p>
        ) : (
          <div role="region" aria-labelledby="commission-history" tabIndex={0} className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">Комиссия по агентствам и страховщикам, новые ставки сверху</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Агентство</th>
                  <th scope="col" className={thClass}>Страховщик</th>
                  <th scope="col" className={thClass}>Комиссия</th>
                  <th scope="col" className={thClass}>Действует с</th>
                  <th scope="col" className={thClass}>Кто и когда</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-testid="commission-row">
                    <td className={tdClass}>{r.agencyName}</td>
                    <td className={tdClass}>{r.insurerName}</td>
                    <td className={tdClass}>
                      {r.percent.replace(".", ",")} %{inForce.has(r.id) ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">действует</span> : null}
                    </td>
                    <td className={`${tdClass} whitespace-nowrap`}>{ruDate(r.effectiveFrom)}</td>
                    <td className={tdClass}>
                      {r.createdByName}, {formatDateTime(r.createdAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
