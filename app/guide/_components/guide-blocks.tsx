import type { Block } from "@/lib/guide/articles";
import { InlineText } from "./inline-text";

const listItemClass = "pl-1";

/** Renders an article body. A server component: plain markup, no client JavaScript. */
export function GuideBlocks({ blocks, noteLabel }: { blocks: readonly Block[]; noteLabel: string }) {
  return (
    <div className="text-base leading-7 text-slate-800 sm:text-lg sm:leading-8">
      {blocks.map((block, index) => {
        switch (block.type) {
          case "h2":
            return (
              <h2 key={index} className="mt-10 text-xl font-semibold tracking-tight text-balance text-brand-900 first:mt-0 sm:text-2xl">
                <InlineText text={block.text} />
              </h2>
            );
          case "p":
            return (
              <p key={index} className="mt-4 first:mt-0">
                <InlineText text={block.text} />
              </p>
            );
          case "ul":
            return (
              <ul key={index} className="mt-4 list-disc space-y-2 pl-6 marker:text-brand-600 first:mt-0">
                {block.items.map((item, i) => (
                  <li key={i} className={listItemClass}>
                    <InlineText text={item} />
                  </li>
                ))}
              </ul>
            );
          case "ol":
            return (
              <ol key={index} className="mt-4 list-decimal space-y-3 pl-6 marker:font-semibold marker:text-brand-700 first:mt-0">
                {block.items.map((item, i) => (
                  <li key={i} className={listItemClass}>
                    <InlineText text={item} />
                  </li>
                ))}
              </ol>
            );
          case "note":
            return (
              <div
                key={index}
                role="note"
                className="mt-6 rounded-r-lg border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-base leading-7 text-slate-800 first:mt-0"
              >
                <p className="font-semibold text-brand-900">{noteLabel}</p>
                <p className="mt-1">
                  <InlineText text={block.text} />
                </p>
              </div>
            );
        }
      })}
    </div>
  );
}
