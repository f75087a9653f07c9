import Link from "next/link";
import { connection } from "next/server";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { todayIso } from "@/lib/clock";
import { selectEdition } from "@/lib/rating";
import { DemoNotice } from "./_components/demo-notice";

const EXAMPLE = `curl -s -X POST http://localhost:3000/api/v1/quotes \\
  -H 'content-type: application/json' \\
  -d '{"region":"38","vehicle":{"modelId":"mazda-3","year":2026,"price":1200000,"powerHp":120},
       "drivers":[{"age":30,"experienceYears":5,"sex":"male","married":true,"hasChildren":true}]}'`;

export default async function HomePage() {
  await connection(); // the current edition depends on today's date
  const today = todayIso();
  const insurers = [...getDiskLibrary().values()].map((editions) => ({ editions, current: selectEdition(editions, today) }));
  return (
    <main className="mx-auto max-w-3xl space-y-8 px-4 py-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">kasko-compare</h1>
        <p className="text-lg text-slate-700">
          Расчёт КАСКО сразу у нескольких страховщиков: базовый тариф × коэффициенты, с полной расшифровкой каждой цены.
        </p>
      </header>
      <DemoNotice />
      <section aria-labelledby="api" className="space-y-3">
        <h2 id="api" className="text-xl font-semibold">API</h2>
        <p>
          <code>POST /api/v1/quotes</code> принимает запрос на расчёт и возвращает ранжированные предложения с
          пошаговым расчётом. Описание: <Link className="text-brand-700 underline" href="/api/v1/openapi.json">OpenAPI (JSON)</Link>,
          справочники: <Link className="text-brand-700 underline" href="/api/v1/catalog">модели</Link> и{" "}
          <Link className="text-brand-700 underline" href="/api/v1/regions">регионы</Link>.
        </p>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-100"><code>{EXAMPLE}</code></pre>
      </section>
      <section aria-labelledby="tariffs" className="space-y-3">
        <h2 id="tariffs" className="text-xl font-semibold">Тарифы</h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {insurers.map(({ editions, current }) => (
            <li key={editions[0]!.insurerId} className="flex flex-wrap justify-between gap-2 px-4 py-3">
              <span className="font-medium">{editions[0]!.insurerName.ru}</span>
              <span className="text-sm text-slate-600">
                {current ? `действует редакция от ${current.effectiveFrom}` : "нет действующей редакции"}
                {editions.length > 1 ? ` · редакций: ${editions.length}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
