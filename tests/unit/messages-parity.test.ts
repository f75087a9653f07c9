/** Every user-visible text exists in both languages: messages/ru.json and en.json have the same keys. */
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

function keys(node: unknown, prefix = ""): string[] {
  if (node === null || typeof node !== "object") return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("the messages", () => {
  it("have the same keys in Russian and English, none empty", () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
    for (const [lang, messages] of [["ru", ru], ["en", en]] as const) {
      const empty = keys(messages).filter((k) => k.split(".").reduce<unknown>((n, part) => (n as Record<string, unknown>)[part], messages) === "");
      expect(empty, lang).toEqual([]);
    }
    // The new texts of the registration date and the makes' pages are among them.
    expect(keys(en)).toEqual(expect.arrayContaining(["Form.registeredOn", "Errors.registeredOnAfterStart", "Variables.vehicle.ageMonths", "MakeEditor.errors.in_use"]));
  });
});
