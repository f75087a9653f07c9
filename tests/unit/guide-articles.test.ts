import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GuideBlocks } from "@/app/guide/_components/guide-blocks";
import { InlineText, typeset } from "@/app/guide/_components/inline-text";
import { findArticle, guideArticles, type Block, type GuideLocale } from "@/lib/guide/articles";

const LOCALES: readonly GuideLocale[] = ["ru", "en"];

const EXPECTED_SLUGS = [
  "franchise",
  "sum-insured",
  "repair",
  "wear",
  "bonus-malus",
  "after-accident",
  "documents",
  "lower-price",
  "need-kasko",
];

function blockTexts(block: Block): string[] {
  return "items" in block ? block.items : [block.text];
}

/** Words that contain at least one letter (numbers such as "30 000" are not counted). */
function wordCount(blocks: readonly Block[]): number {
  return blocks.flatMap(blockTexts).join(" ").split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

describe("guide articles", () => {
  it("has the nine topics in the agreed order", () => {
    expect(guideArticles.map((article) => article.slug)).toEqual(EXPECTED_SLUGS);
  });

  it("has unique, URL-safe slugs", () => {
    const slugs = guideArticles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(encodeURIComponent(slug)).toBe(slug);
    }
  });

  describe.each(guideArticles.map((article) => [article.slug, article] as const))("%s", (_slug, article) => {
    it.each(LOCALES)("has a title, a summary and a non-empty body in %s", (locale) => {
      expect(article.title[locale].trim()).not.toBe("");
      expect(article.summary[locale].trim()).not.toBe("");
      expect(article.body[locale].length).toBeGreaterThan(0);
      for (const block of article.body[locale]) {
        if ("items" in block) expect(block.items.length).toBeGreaterThan(0);
        for (const text of blockTexts(block)) expect(text.trim()).not.toBe("");
      }
    });

    it("has the same block structure in both languages", () => {
      const shape = (blocks: readonly Block[]) => blocks.map((block) => ("items" in block ? `${block.type}:${block.items.length}` : block.type));
      expect(shape(article.body.en)).toEqual(shape(article.body.ru));
    });

    it.each(LOCALES)("follows the editorial rules in %s", (locale) => {
      const blocks = article.body[locale];
      const words = wordCount(blocks);
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(350);
      expect(blocks.filter((block) => block.type === "h2").length).toBeGreaterThanOrEqual(2);
      expect(blocks.filter((block) => block.type === "note").length).toBeLessThanOrEqual(1);
      for (const text of [article.title[locale], article.summary[locale], ...blocks.flatMap(blockTexts)]) {
        // Bold markers come in pairs, so no stray "**" reaches the page.
        expect(text.split("**").length % 2, text).toBe(1);
      }
    });

    it("uses Cyrillic in the Russian text and none in the English", () => {
      const all = (locale: GuideLocale) => [article.title[locale], article.summary[locale], ...article.body[locale].flatMap(blockTexts)].join(" ");
      expect(all("ru")).toMatch(/[а-яё]/i);
      expect(all("en")).not.toMatch(/[а-яё]/i);
    });
  });

  it("finds articles by slug", () => {
    expect(findArticle("franchise")?.title.en).toMatch(/franchise/i);
    for (const article of guideArticles) expect(findArticle(article.slug)).toBe(article);
    expect(findArticle("no-such-article")).toBeUndefined();
    expect(findArticle("")).toBeUndefined();
    expect(findArticle("Franchise")).toBeUndefined();
  });

  it("works out the franchise break-even example correctly", () => {
    // 30 000 ₽ franchise, 8 400 ₽ saved a year → pays off below one claim in ~3.6 years.
    expect((30_000 / 8_400).toFixed(1)).toBe("3.6");
    const text = findArticle("franchise")!.body.ru.flatMap(blockTexts).join(" ");
    expect(text).toContain("3,6");
  });
});

describe("guide rendering", () => {
  /** Static markup with no-break spaces and the entities React emits for text turned back into plain characters. */
  const render = (blocks: Block[]) =>
    renderToStaticMarkup(createElement(GuideBlocks, { blocks, noteLabel: "Обратите внимание" }))
      .replaceAll("\u00a0", " ")
      .replaceAll("&#x27;", "'")
      .replaceAll("&quot;", '"');

  it("renders headings, paragraphs, lists and notes as semantic HTML", () => {
    const html = render([
      { type: "h2", text: "Какие бывают франшизы" },
      { type: "p", text: "Полис дешевеет на 5–30 %." },
      { type: "ul", items: ["**Фиксированная** — сумма в рублях", "Процентная"] },
      { type: "ol", items: ["Остановитесь", "Сфотографируйте"] },
      { type: "note", text: "Проверьте правила." },
    ]);
    expect(html).toMatch(/<h2[^>]*>Какие бывают франшизы<\/h2>/);
    expect(html).toMatch(/<p[^>]*>Полис дешевеет на 5–30 %.<\/p>/);
    expect(html).toMatch(/<ul[^>]*><li[^>]*><strong[^>]*>Фиксированная<\/strong> — сумма в рублях<\/li><li[^>]*>Процентная<\/li><\/ul>/);
    expect(html).toMatch(/<ol[^>]*><li[^>]*>Остановитесь<\/li><li[^>]*>Сфотографируйте<\/li><\/ol>/);
    expect(html).toMatch(/<div role="note"[^>]*><p[^>]*>Обратите внимание<\/p><p[^>]*>Проверьте правила.<\/p><\/div>/);
    expect(html).not.toContain("**");
    expect(html).not.toContain("<h1");
  });

  it("renders every article in both languages with all its headings and list items", () => {
    for (const article of guideArticles) {
      for (const locale of LOCALES) {
        const html = render(article.body[locale]);
        const blocks = article.body[locale];
        expect(html.match(/<h2\b/g)?.length ?? 0).toBe(blocks.filter((b) => b.type === "h2").length);
        const items = blocks.flatMap((b) => ("items" in b ? b.items : []));
        expect(html.match(/<li\b/g)?.length ?? 0).toBe(items.length);
        for (const heading of blocks.filter((b) => b.type === "h2")) expect(html).toContain(`>${heading.text}</h2>`);
        expect(html).not.toContain("**");
      }
    }
  });

  it("escapes text instead of injecting HTML", () => {
    const html = renderToStaticMarkup(createElement(InlineText, { text: "<script>x</script> **<b>**" }));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("<strong");
  });

  it("keeps numbers and their units together", () => {
    expect(typeset("франшиза 30 000 ₽ экономит 5–30 %")).toBe("франшиза 30\u00a0000\u00a0₽ экономит 5–30\u00a0%");
    expect(typeset("1 500 000 ₽")).toBe("1\u00a0500\u00a0000\u00a0₽");
    expect(typeset("Франшиза — часть")).toBe("Франшиза\u00a0— часть");
    expect(typeset("в 2019 году")).toBe("в 2019 году");
    expect(typeset("не ближе 15 м от машины")).toBe("не ближе 15\u00a0м от машины");
    expect(typeset("at least 15 m behind, 3 months")).toBe("at least 15\u00a0m behind, 3 months");
  });
});
