import Link from "next/link";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import { getLocale, getTranslations } from "next-intl/server";
import { getClientView } from "@/lib/agent/clients.server";
import { checksOfClient } from "@/lib/agent/policy-checks.server";
import { isExpired } from "@/lib/agent/validity";
import { todayIso } from "@/lib/clock";
import { DEFAULT_FORM } from "@/lib/form/form-state";
import { encodeForm } from "@/lib/form/url-codec";
import { formatDate, formatGrouped, type UiLocale } from "@/lib/format/money";
import { calculatorOptions } from "@/app/_components/calculator/context-value";
import { buttonClass, cardClass, h1Class, h2Class, linkClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { consentAction, removeItemAction } from "../../_actions/clients";
import { ClientChecks } from "../../_components/client-checks";
import { ClientForm } from "../../_components/client-form";
import { DriverForm, EraseForm, VehicleForm } from "../../_components/item-forms";
import { clientFormLabels, errorMessages } from "../../_components/labels";
import { agentPage, refuse } from "../../_lib/page-access.server";

type Params = { id: string };
type SearchParams = Record<string, string | string[] | undefined>;

const dateTime = (d: Date, locale: UiLocale) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ru-RU", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Moscow" }).format(d);

/** One client: details, consents, cars and drivers (to prefill the calculator), saved calculations, erasure. */
export default async function ClientPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const here = `/agent/clients/${encodeURIComponent(id)}`;
  const { db, user } = await agentPage(here);
  const result = await getClientView(db, user, id);
  if (!result.ok) refuse(result, here);
  const { view } = result;
  const { client } = view;
  // Access to the client was checked above.
  const checks = await checksOfClient(db, client.id);
  const [t, te, locale] = await Promise.all([getTranslations("Agent"), getTranslations("AgentErrors"), getLocale()]);
  const ui = locale as UiLocale;
  const errors = errorMessages(te);
  const today = todayIso();
  const options = calculatorOptions(ui, await getSiteCatalog());
  const modelName = (mid: string) => options.models.find((m) => m.id === mid)?.label ?? mid;
  const writable = !client.erasedAt && view.processingConsent;
  const notice = typeof query.error === "string" && errors[query.error] ? errors[query.error] : null;

  const vehicleQuery = (v: (typeof view.vehicles)[number]) => {
    const drivers = view.drivers.map((d) => ({ age: String(d.age), experience: String(d.experienceYears), sex: (d.sex ?? "") as "" | "male" | "female", married: "" as const, children: "" as const }));
    return new URLSearchParams(encodeForm({ ...DEFAULT_FORM, model: v.modelId, year: String(v.year), price: v.price, power: v.powerHp ? String(v.powerHp) : "", region: v.region ?? "", drivers }));
  };
  const calculatorLink = (v: (typeof view.vehicles)[number]) => {
    const q = vehicleQuery(v);
    q.set("client", String(client.id));
    return `/?${q}#results`;
  };

  return (
    <>
      <div className="space-y-1">
        <h1 className={h1Class}>{client.erasedAt ? t("erasedName") : client.name}</h1>
        <p className="text-sm text-slate-600">
          {t("calculationBy", { name: view.agentName })} · {t("created")}: {dateTime(client.createdAt, ui)}
        </p>
      </div>
      {notice ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {notice}
        </p>
      ) : null}
      {client.erasedAt ? (
        <p role="note" className="rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-sm">
          {t("erasedNotice", { date: dateTime(client.erasedAt, ui) })}
        </p>
      ) : null}
      {!client.erasedAt && !view.processingConsent ? (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("noProcessing")}
        </p>
      ) : null}

      {writable ? (
        <section aria-labelledby="details-title" className={`${cardClass} space-y-3`}>
          <h2 id="details-title" className={h2Class}>
            {t("details")}
          </h2>
          <ClientForm
            labels={clientFormLabels(t, "edit")}
            errors={errors}
            client={{ id: client.id, name: client.name ?? "", phone: client.phone ?? "", email: client.email ?? "", birthDate: client.birthDate ?? "", notes: client.notes ?? "" }}
          />
        </section>
      ) : null}

      <section aria-labelledby="consents-title" className={`${cardClass} space-y-3`}>
        <h2 id="consents-title" className={h2Class}>
          {t("consents")}
        </h2>
        <ul className="space-y-3">
          {(["processing", "transfer"] as const).map((kind) => {
            const records = view.consents.filter((c) => c.kind === kind);
            const active = records.find((c) => c.withdrawnAt === null);
            return (
              <li key={kind} className="space-y-1" data-testid={`consent-${kind}`}>
                <p className="font-medium">
                  {kind === "processing" ? t("consentProcessing") : t("consentTransfer")}: <span className={active ? "text-emerald-800" : "text-slate-600"}>{active ? t("consentActive") : t("consentNone")}</span>
                </p>
                <ul className="list-disc pl-5 text-sm text-slate-700">
                  {records.map((c) => (
                    <li key={c.id}>
                      {t("consentGiven", { date: dateTime(c.givenAt, ui), agent: view.userNames[c.givenBy] ?? `#${c.givenBy}`, ip: c.givenIp, version: c.textVersion })}
                      {c.withdrawnAt ? `; ${t("consentWithdrawn", { date: dateTime(c.withdrawnAt, ui) })}` : ""}
                    </li>
                  ))}
                </ul>
                {client.erasedAt ? null : (
                  <form action={consentAction}>
                    <input type="hidden" name="clientId" value={client.id} />
                    <input type="hidden" name="kind" value={kind} />
                    <input type="hidden" name="op" value={active ? "withdraw" : "give"} />
                    <button type="submit" className={buttonClass}>
                      {active ? t("withdraw") : t("give")}
                      <span className="sr-only"> — {kind === "processing" ? t("consentProcessing") : t("consentTransfer")}</span>
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {client.erasedAt ? null : (
        <>
          <section aria-labelledby="vehicles-title" className={`${cardClass} space-y-3`}>
            <h2 id="vehicles-title" className={h2Class}>
              {t("vehicles")}
            </h2>
            {view.vehicles.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noVehicles")}</p>
            ) : (
              <ul className="space-y-2">
                {view.vehicles.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-center gap-3">
                    <span>
                      {modelName(v.modelId)}, {v.year}, {formatGrouped(v.price, ui)} ₽{v.powerHp ? `, ${v.powerHp} ${ui === "en" ? "hp" : "л. с."}` : ""}
                      {v.region ? `, ${options.regions.find((r) => r.code === v.region)?.label ?? v.region}` : ""}
                    </span>
                    {writable ? (
                      <Link href={calculatorLink(v)} className={buttonClass} title={t("calculateHint")}>
                        {t("calculate")}
                      </Link>
                    ) : null}
                    {writable ? (
                      <Link href={`/check?${vehicleQuery(v)}&client=${client.id}`} className={buttonClass} title={t("checkPolicyHint")}>
                        {t("checkPolicy")}
                        <span className="sr-only"> {modelName(v.modelId)}</span>
                      </Link>
                    ) : null}
                    <form action={removeItemAction}>
                      <input type="hidden" name="clientId" value={client.id} />
                      <input type="hidden" name="kind" value="vehicle" />
                      <input type="hidden" name="itemId" value={v.id} />
                      <button type="submit" className={buttonClass}>
                        {t("remove")}
                        <span className="sr-only"> {modelName(v.modelId)}</span>
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            {writable ? (
              <VehicleForm
                clientId={client.id}
                errors={errors}
                models={options.models}
                regions={options.regions}
                labels={{ title: t("addVehicle"), model: t("model"), year: t("year"), price: t("price"), power: t("power"), region: t("region"), regionAny: t("regionAny"), submit: t("addVehicle"), pending: t("saving") }}
              />
            ) : null}
          </section>

          <section aria-labelledby="drivers-title" className={`${cardClass} space-y-3`}>
            <h2 id="drivers-title" className={h2Class}>
              {t("drivers")}
            </h2>
            {view.drivers.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noDrivers")}</p>
            ) : (
              <ul className="space-y-2">
                {view.drivers.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center gap-3">
                    <span>
                      {d.name ? `${d.name}: ` : ""}
                      {t("driverLine", { age: d.age, experience: d.experienceYears })}
                      {d.sex ? `, ${t(d.sex)}` : ""}
                    </span>
                    <form action={removeItemAction}>
                      <input type="hidden" name="clientId" value={client.id} />
                      <input type="hidden" name="kind" value="driver" />
                      <input type="hidden" name="itemId" value={d.id} />
                      <button type="submit" className={buttonClass}>
                        {t("remove")}
                        <span className="sr-only"> {d.name || `${t("age")} ${d.age}`}</span>
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            {writable ? (
              <DriverForm
                clientId={client.id}
                errors={errors}
                labels={{ title: t("addDriver"), name: t("driverName"), age: t("age"), experience: t("experience"), sex: t("sex"), sexNone: t("sexNone"), male: t("male"), female: t("female"), submit: t("addDriver"), pending: t("saving") }}
              />
            ) : null}
          </section>
        </>
      )}

      <section aria-labelledby="calculations-title" className={`${cardClass} space-y-3`}>
        <h2 id="calculations-title" className={h2Class}>
          {t("calculations")}
        </h2>
        {view.calculations.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noCalculations")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("calculations")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>№</th>
                  <th scope="col" className={thClass}>{t("pricedAt")}</th>
                  <th scope="col" className={thClass}>{t("validUntil")}</th>
                  <th scope="col" className={thClass}>{t("offers")}</th>
                </tr>
              </thead>
              <tbody>
                {view.calculations.map((c) => (
                  <tr key={c.id}>
                    <td className={tdClass}>
                      <Link href={`/agent/calculations/${c.id}`} className={linkClass}>
                        {t("calculation", { id: c.id })}
                      </Link>
                      {c.requoteOfId ? <span className="text-slate-600"> ({t("requoteOf", { id: c.requoteOfId })})</span> : null}
                    </td>
                    <td className={`${tdClass} whitespace-nowrap`}>{dateTime(c.pricedAt, ui)}</td>
                    <td className={`${tdClass} whitespace-nowrap`}>
                      {formatDate(c.validUntil, ui)}
                      {isExpired(c.validUntil, today) ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">{t("expired")}</span> : null}
                    </td>
                    <td className={tdClass}>{c.quotes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ClientChecks checks={checks} locale={ui} />

      {client.erasedAt ? null : (
        <section aria-labelledby="erase-title" className="space-y-3 rounded-xl border border-red-200 bg-white p-4 shadow-sm">
          <h2 id="erase-title" className={h2Class}>
            {t("erase")}
          </h2>
          <p className="text-sm text-slate-700">{t("eraseText")}</p>
          <EraseForm clientId={client.id} errors={errors} labels={{ confirm: t("eraseConfirm"), submit: t("eraseButton"), pending: t("saving") }} />
        </section>
      )}
      <p>
        <Link href="/agent/clients" className={linkClass}>
          {t("backToClients")}
        </Link>
      </p>
    </>
  );
}
