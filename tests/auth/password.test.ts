import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, needsRehash, parseHash, SCRYPT_PARAMS, validatePassword, verifyPassword } from "@/lib/auth/password.server";

// Real production parameters (about 0.1 s a hash) except where a test says otherwise.
const PASSWORD = "correct horse battery staple";

describe("password hashing (scrypt)", () => {
  it("verifies the password a hash was made from, and no other", async () => {
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("stores scrypt$N$r$p$salt$hash with a 32-byte salt and a 64-byte key", async () => {
    const stored = await hashPassword(PASSWORD);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    const parsed = parseHash(stored)!;
    expect(parsed.params).toEqual({ N: 2 ** 15, r: 8, p: 1 });
    expect(parsed.salt).toHaveLength(32);
    expect(parsed.key).toHaveLength(64);
    expect(stored).not.toContain(PASSWORD);
    expect(needsRehash(stored)).toBe(false);
  });

  it("salts: the same password hashes differently every time", async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).not.toBe(b);
    expect(parseHash(a)!.salt.equals(parseHash(b)!.salt)).toBe(false);
    expect(await verifyPassword(PASSWORD, b)).toBe(true);
  });

  it("verifies with the parameters recorded in the hash, so they can change later", async () => {
    const old = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
    expect(old.startsWith("scrypt$1024$8$1$")).toBe(true);
    expect(await verifyPassword(PASSWORD, old)).toBe(true);
    expect(await verifyPassword("wrong password!!", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it("normalizes Unicode: composed and decomposed spellings are the same password", async () => {
    const stored = await hashPassword("пароль-ёлка-2024", { N: 2 ** 10, r: 8, p: 1 });
    expect(await verifyPassword("пароль-е\u0308лка-2024", stored)).toBe(true);
  });

  it("says no to a malformed or out-of-bounds stored value instead of throwing", async () => {
    const stored = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
    const [, , r, p, salt, key] = stored.split("$");
    for (const bad of ["", "plain", `bcrypt$1024$${r}$${p}$${salt}$${key}`, `scrypt$1000$${r}$${p}$${salt}$${key}`, `scrypt$${2 ** 24}$${r}$${p}$${salt}$${key}`, `scrypt$1024$${r}$${p}$${salt}`, `scrypt$1024$${r}$${p}$!!$${key}`]) {
      expect(await verifyPassword(PASSWORD, bad)).toBe(false);
    }
    expect(await verifyPassword(PASSWORD, DUMMY_HASH)).toBe(false);
    expect(parseHash(DUMMY_HASH)!.params).toEqual(SCRYPT_PARAMS);
  });

  it("accepts new passwords of at least 12 characters only", () => {
    expect(validatePassword("elevenchars")).toMatch(/at least 12 characters/);
    expect(validatePassword("")).toMatch(/at least 12/);
    expect(validatePassword("twelve chars")).toBeNull();
    expect(validatePassword("ёёёёёёёёёёёё")).toBeNull();
    expect(validatePassword("            ")).toMatch(/spaces/);
    expect(validatePassword("x".repeat(1025))).toMatch(/at most/);
  });
});
