// Class names shared by the editor's pages and forms (Tailwind).

export const buttonClass =
  "inline-flex items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50";
export const primaryButtonClass =
  "inline-flex items-center justify-center gap-1 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400";
/** For actions that cannot be undone by the same button (publish, discard, disable). */
export const dangerButtonClass =
  "inline-flex items-center justify-center gap-1 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-800 disabled:cursor-not-allowed disabled:bg-slate-400";
export const linkClass = "font-medium text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:decoration-brand-700";
/** The one text-input look of the site, from the shared form primitives. */
export { inputClass } from "@/app/_components/ui/field";
export const labelClass = "block text-sm font-medium text-slate-800";
export const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";
export const tableClass = "min-w-full border-collapse text-left text-sm";
export const thClass = "border-b border-slate-300 bg-slate-50 px-3 py-2 font-semibold text-slate-700";
export const tdClass = "border-b border-slate-200 px-3 py-2 align-top";
export const h1Class = "text-2xl font-bold text-brand-900";
export const h2Class = "text-lg font-semibold text-brand-900";
