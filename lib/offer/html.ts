/**
 * The commercial offer as a standalone HTML page (the client link and the agent's print view),
 * and the pages a link answers when it no longer works. Every text is escaped here. A4 print
 * styles; no script except the print button's. Pure.
 */
import type { OfferDocument } from "./document";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const lines = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:"DejaVu Sans",system-ui,sans-serif;color:#0f172a;background:#f8fafc;line-height:1.45}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.25rem 0 .4rem}
.muted{color:#475569;font-size:.9rem}.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))}
dl{margin:0;display:grid;grid-template-columns:minmax(6rem,max-content) minmax(0,1fr);gap:.15rem .75rem;font-size:.95rem}dt{color:#475569}dd{margin:0;overflow-wrap:anywhere}
ul{margin:0;padding-left:1.2rem}.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #cbd5e1;padding:.4rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2ff}tr.total th,tr.total td{background:#eef2ff;font-weight:700}tr.discount td{color:#166534}
.note{border:1px solid #fcd34d;background:#fffbeb;padding:.6rem .8rem;border-radius:.5rem;font-size:.85rem;color:#78350f}
.actions{display:flex;gap:.75rem;flex-wrap:wrap;margin:1rem 0}.actions a,.actions button{font:inherit;font-size:.95rem;padding:.45rem .9rem;border-radius:.4rem;border:1px solid #1e3a8a;background:#1e3a8a;color:#fff;text-decoration:none;cursor:pointer}
.gone{max-width:36rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #cbd5e1;border-radius:.75rem}
@media print{body{background:#fff}main{padding:0;max-width:none}.actions{display:none}@page{size:A4;margin:14mm}}
`;

function page(lang: string, title: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export interface OfferPageActions {
  /**
   * The print button: its label, and the page's CSP nonce for the one script that makes it work
   * (the pages allow no inline event handlers). Omitted: no button.
   */
  print?: { label: string; nonce: string };
  /** The PDF link and its label. */
  pdf?: { href: string; label: string };
}

export function renderOfferPage(doc: OfferDocument, actions: OfferPageActions = {}): string {
  const dl = (items: { label: string; value: string }[]) => `<dl>${items.map((l) => `<dt>${escapeHtml(l.label)}</dt><dd>${escapeHtml(l.value)}</dd>`).join("")}</dl>`;
  const buttons = [
    actions.print ? `<button type="button" data-print>${escapeHtml(actions.print.label)}</button>` : "",
    actions.pdf ? `<a href="${escapeHtml(actions.pdf.href)}" download>${escapeHtml(actions.pdf.label)}</a>` : "",
  ].join("");
  const head = `<tr><th scope="col">${escapeHtml(doc.conditionHeading)}</th>${doc.insurers.map((n) => `<th scope="col">${escapeHtml(n)}</th>`).join("")}</tr>`;
  const rows = doc.rows
    .map((r) => `<tr${r.emphasis ? ` class="${r.emphasis}"` : ""}><th scope="row">${escapeHtml(r.label)}</th>${r.values.map((v) => `<td>${lines(v)}</td>`).join("")}</tr>`)
    .join("");
  const body = `<main>
<h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.subtitle)}</p><p class="muted">${escapeHtml(doc.preparedOn)}</p>
${buttons ? `<div class="actions">${buttons}</div>` : ""}
<div class="grid">
<section aria-labelledby="o-contacts"><h2 id="o-contacts">${escapeHtml(doc.contacts.heading)}</h2>${dl(doc.contacts.lines)}</section>
<section aria-labelledby="o-car"><h2 id="o-car">${escapeHtml(doc.car.heading)}</h2>${dl(doc.car.lines)}</section>
<section aria-labelledby="o-drivers"><h2 id="o-drivers">${escapeHtml(doc.drivers.heading)}</h2><ul>${doc.drivers.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul></section>
</div>
<section aria-labelledby="o-offers"><h2 id="o-offers">${escapeHtml(doc.offersHeading)}</h2>
<div class="table" role="region" aria-labelledby="o-offers" tabindex="0"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div></section>
${doc.validity.map((v) => `<p>${escapeHtml(v)}</p>`).join("")}
${doc.demoNotice ? `<p class="note" role="note">${escapeHtml(doc.demoNotice)}</p>` : ""}
</main>${actions.print ? `<script nonce="${escapeHtml(actions.print.nonce)}">document.querySelector("[data-print]").addEventListener("click", () => window.print());</script>` : ""}`;
  return page(doc.locale, `${doc.title} ${doc.subtitle}`, body);
}

/** A page with one message: the link no longer works (410), or never did (404). */
export function renderMessagePage(lang: string, title: string, text: string): string {
  return page(lang, title, `<main class="gone"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main>`);
}
