// Messages after a redirect (?done=…, ?error=…): codes only, so a link cannot put words on the page.

const DONE: Record<string, string> = {
  created: "Черновик создан. Правьте его в таблицах ниже и сохраняйте.",
  imported: "Тариф импортирован как новый черновик.",
  published: "Редакция опубликована.",
  republished: "Редакция опубликована заново как новая версия (откат).",
  discarded: "Черновик отменён. Он остаётся в истории.",
  csv: "Таблица заменена строками из файла.",
};

const ERROR: Record<string, string> = {
  not_found: "Такой версии нет.",
  not_a_draft: "Это уже не черновик: возможно, его только что опубликовали или отменили.",
  forbidden: "У вашей учётной записи нет прав на это действие.",
  confirm: "Подтвердите действие галочкой.",
  invalid: "Запрос не понят. Обновите страницу и попробуйте ещё раз.",
};

export function Notice({ done, error }: { done?: string | string[]; error?: string | string[] }) {
  const d = typeof done === "string" ? DONE[done] : undefined;
  const e = typeof error === "string" ? (ERROR[error] ?? ERROR.invalid) : undefined;
  if (!d && !e) return null;
  return e ? (
    <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
      {e}
    </p>
  ) : (
    <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
      {d}
    </p>
  );
}
