import Link from "next/link";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { diffRateBooks, summarizeDiff } from "@/lib/editor/diff-rate-books";
import { parseId } from "@/lib/editor/actions/parse-input";
import { requireUser } from "@/app/_lib/session.server";
import { DiffSummary, DiffView, tableLabelsOf } from "../../_components/diff-view";
import { buttonClass, cardClass, h1Class, inputClass, labelClass, linkClass } from "../../_components/styles";
import { insurerNames, versionLabel, versionsView } from "../../_lib/data.server";

type SearchParams = Record<string, string | string[] | undefined>;

function VersionSelect({ id, name, label, value, choices }: { id: string; name: string; label: string; value: number | undefined; choices: { id: number; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass} required>
        <option value="">— выберите —</option>
        {choices.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Two versions side by side: every changed cell, grouped by area and table, with counts. */
export default async function DiffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const fromId = parseId(params.from);
  const toId = parseId(params.to);
  await requireUser(`/editor/diff${fromId && toId ? `?from=${fromId}&to=${toId}` : ""}`);
  const { db } = await getReadyDatabase();
  const [view, insurers] = await Promise.all([versionsView(db), insurerNames(db)]);
  const byId = new Map(view.versions.map((v) => [v.id, v]));
  const from = fromId === null ? undefined : byId.get(fromId);
  const to = toId === null ? undefined : byId.get(toId);
  const label = (id: number) => versionLabel(byId.get(id)!, view.states.get(id), insurers.get(byId.get(id)!.insurerId));
  const options = view.versions.filter((v) => v.status !== "discarded" || v.id === fromId || v.id === toId);
  const changes = from && to ? diffRateBooks(from.body, to.body) : null;

  const choices = options.map((v) => ({ id: v.id, label: label(v.id) }));

  return (
    <>
      <h1 className={h1Class}>Сравнение версий</h1>
      <form method="get" className={`${cardClass} grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]`}>
        <VersionSelect id="diff-from" name="from" label="Было (версия)" value={from?.id} choices={choices} />
        <VersionSelect id="diff-to" name="to" label="Стало (версия)" value={to?.id} choices={choices} />
        <button type="submit" className={buttonClass}>
          Сравнить
        </button>
      </form>
      {(params.from !== undefined && !from) || (params.to !== undefined && !to) ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          Такой версии нет — выберите из списка.
        </p>
      ) : null}
      {from && to && changes ? (
        <section aria-labelledby="diff-result" className="space-y-4">
          <div className={`${cardClass} space-y-2`}>
            <h2 id="diff-result" className="font-semibold">
              <Link href={`/editor/versions/${from.id}`} className={linkClass}>
                {label(from.id)}
              </Link>{" "}
              →{" "}
              <Link href={`/editor/versions/${to.id}`} className={linkClass}>
                {label(to.id)}
              </Link>
            </h2>
            {from.insurerId !== to.insurerId ? <p className="text-sm font-medium text-amber-900">Внимание: версии разных страховщиков.</p> : null}
            <DiffSummary summary={summarizeDiff(changes)} />
            <Link href={`/editor/diff?from=${to.id}&to=${from.id}`} className={linkClass}>
              Поменять местами
            </Link>
          </div>
          <DiffView changes={changes} tableLabels={tableLabelsOf(to.body, from.body)} />
        </section>
      ) : null}
    </>
  );
}
