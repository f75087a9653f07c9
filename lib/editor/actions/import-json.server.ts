// Import of a whole rate book in the data/ JSON format, as a new draft. Editor role.
import type { Db } from "@/lib/db/client.server";
import { auditLog, insurers, rateBookVersions, type RateBookVersion } from "@/lib/db/schema";
import { todayIso } from "@/lib/clock";
import { authorize, type Actor } from "./authorize";
import { fail, succeed, type ActionResult } from "./result";
import { writtenRateBook } from "@/lib/rating";
import { validateRateBook } from "./validate-rate-book";

/** A rate book is tens of kilobytes; anything far larger is not one. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * Creates a draft from a rate-book file, only when the whole file is valid (else 400 with every
 * problem by path, and nothing written). An insurer not seen before is created with it.
 */
export async function importRateBookJson(
  db: Db,
  user: Actor | null,
  input: { text: string; fileName?: string },
  now: Date,
): Promise<ActionResult<{ version: RateBookVersion; insurerCreated: boolean }>> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  if (typeof input.text !== "string" || input.text.trim() === "") return fail("invalid", "Файл пуст.", [{ path: "", message: "пустой файл" }]);
  if (Buffer.byteLength(input.text, "utf8") > MAX_IMPORT_BYTES) {
    return fail("invalid", `Файл больше ${MAX_IMPORT_BYTES / 1024 / 1024} МБ — это не тариф.`, [{ path: "", message: "слишком большой файл" }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(input.text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail("invalid", "Файл не является корректным JSON.", [{ path: "", message: (e as Error).message }]);
  }
  const check = validateRateBook(json, input.fileName ?? "uploaded file");
  if (!check.ok) return fail("invalid", `Тариф не прошёл проверку: ошибок — ${check.issues.length}. Ничего не импортировано.`, check.issues);
  const book = check.book;
  const fileName = typeof input.fileName === "string" ? input.fileName.slice(0, 200) : undefined;

  const created = await db.transaction(async (tx) => {
    const newInsurer = await tx
      .insert(insurers)
      .values({ id: book.insurer.id, nameRu: book.insurer.name.ru, nameEn: book.insurer.name.en })
      .onConflictDoNothing()
      .returning({ id: insurers.id });
    const [version] = await tx
      .insert(rateBookVersions)
      .values({
        insurerId: book.insurer.id,
        status: "draft",
        // A draft's date is the one it is meant for: the file's, unless that is already past.
        effectiveFrom: book.effectiveFrom >= todayIso(now) ? book.effectiveFrom : null,
        body: writtenRateBook(json),
        note: fileName ? `импорт из ${fileName}` : "импорт из файла",
        createdBy: user!.id,
        updatedBy: user!.id,
      })
      .returning();
    if (newInsurer.length > 0) {
      await tx.insert(auditLog).values({ userId: user!.id, action: "insurer.create", insurerId: book.insurer.id, details: { nameRu: book.insurer.name.ru, nameEn: book.insurer.name.en } });
    }
    await tx.insert(auditLog).values({ userId: user!.id, action: "draft.import", insurerId: book.insurer.id, versionId: version!.id, details: { rateBookId: book.id, fileName: fileName ?? null } });
    return { version: version!, insurerCreated: newInsurer.length > 0 };
  });
  return succeed(created, 201);
}
