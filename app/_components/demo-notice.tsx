/** The plain statement every page that shows prices carries: these tariffs are demonstration values. */
export function DemoNotice() {
  return (
    <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <strong>Демонстрационные тарифы.</strong> Цены рассчитаны по демонстрационным тарифам, построенным так, чтобы
      воспроизвести опубликованные данные 2019 года. Это не действующие тарифы страховых компаний.
    </p>
  );
}
