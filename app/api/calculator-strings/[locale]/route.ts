import { calculatorStringsJson } from "@/app/_components/calculator/calculator-strings-data.server";

/**
 * The calculator's messages in one language (calculator-strings.ts fetches them, the calculator's
 * layout preloads them). The address carries their version, so the answer is cached for good.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (locale !== "ru" && locale !== "en") return Response.json({ error: "unknown language" }, { status: 404 });
  return new Response(calculatorStringsJson(locale), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
