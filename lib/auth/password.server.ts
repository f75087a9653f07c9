// Server-only: password hashing with scrypt from node:crypto (no "server-only" import: the
// user:create CLI and the tests use it too). See docs/decisions/0005-accounts-and-sessions.md.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

export interface ScryptParams {
  /** CPU/memory cost, a power of two. Memory used is about 128 · N · r bytes. */
  N: number;
  r: number;
  p: number;
}

/** The parameters new hashes get: 2^15 · 8 · 128 B = 32 MiB and about 0.1 s per hash. */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });
export const SALT_BYTES = 32;
export const KEY_BYTES = 64;

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; bounds the work one request can ask for. In UTF-8 bytes. */
export const MAX_PASSWORD_BYTES = 1024;

/** Whether a password typed at login is short enough to be worth hashing at all. */
export function passwordWithinLimit(plain: string): boolean {
  // A UTF-8 byte is at least a quarter of a UTF-16 unit pair: skip encoding absurdly long input.
  return plain.length <= MAX_PASSWORD_BYTES && Buffer.byteLength(plain.normalize("NFC"), "utf8") <= MAX_PASSWORD_BYTES;
}

// Bounds for parameters read back from the database, so a corrupted row cannot make one
// verification allocate gigabytes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** Why a new password is not acceptable, or null if it is. The minimum counts Unicode characters, the maximum UTF-8 bytes. */
export function validatePassword(plain: unknown): string | null {
  if (typeof plain !== "string") return "the password must be a string";
  const length = [...plain.normalize("NFC")].length;
  if (length < MIN_PASSWORD_LENGTH) return `the password must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (!passwordWithinLimit(plain)) return `the password must be at most ${MAX_PASSWORD_BYTES} bytes long (UTF-8)`;
  if (plain.trim() === "") return "the password must not be only spaces";
  return null;
}

function derive(plain: string, salt: Buffer, keyLength: number, params: ScryptParams): Promise<Buffer> {
  // Node refuses to use more than `maxmem` (default 32 MiB); scrypt needs 128 · N · r plus a
  // little, so allow twice that.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 2 * 128 * params.N * params.r };
  // NFC: the same password typed on different keyboards/systems gives the same bytes.
  const input = Buffer.from(plain.normalize("NFC"), "utf8");
  return new Promise((resolve, reject) => {
    scrypt(input, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export function formatHash(params: ScryptParams, salt: Buffer, key: Buffer): string {
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

function parseInteger(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^[1-9][0-9]{0,9}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** `scrypt$N$r$p$saltB64$hashB64`, or null if the text is not a hash this module can check. */
export function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const N = parseInteger(parts[1], 2, MAX_N);
  const r = parseInteger(parts[2], 1, MAX_R);
  const p = parseInteger(parts[3], 1, MAX_P);
  if (N === null || r === null || p === null || (N & (N - 1)) !== 0) return null;
  const [saltText, keyText] = [parts[4]!, parts[5]!];
  if (!B64.test(saltText) || !B64.test(keyText)) return null;
  const salt = Buffer.from(saltText, "base64");
  const key = Buffer.from(keyText, "base64");
  if (salt.length < 16 || key.length < 16 || key.length > 256) return null;
  return { params: { N, r, p }, salt, key };
}

/** A new hash with a fresh random salt. Does not judge the password: see `validatePassword`. */
export async function hashPassword(plain: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(plain, salt, KEY_BYTES, params);
  return formatHash(params, salt, key);
}

/**
 * Whether `plain` is the password `stored` was made from, using the parameters recorded in
 * `stored`. A malformed stored value or an absurdly long input is simply "no".
 */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  if (typeof plain !== "string" || typeof stored !== "string" || !passwordWithinLimit(plain)) return false;
  const parsed = parseHash(stored);
  if (parsed === null) return false;
  const key = await derive(plain, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** True if `stored` was made with other parameters than today's: rehash at the next login. */
export function needsRehash(stored: string, params: ScryptParams = SCRYPT_PARAMS): boolean {
  const parsed = parseHash(stored);
  if (parsed === null) return true;
  return parsed.params.N !== params.N || parsed.params.r !== params.r || parsed.params.p !== params.p || parsed.salt.length !== SALT_BYTES || parsed.key.length !== KEY_BYTES;
}

/**
 * A well-formed hash no password matches in practice (an all-zero key), with today's
 * parameters: verifying against it costs the same as verifying a real user's password.
 */
export const DUMMY_HASH = formatHash(SCRYPT_PARAMS, Buffer.alloc(SALT_BYTES, 1), Buffer.alloc(KEY_BYTES, 0));
