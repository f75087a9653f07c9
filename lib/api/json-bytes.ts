/**
 * Writing JSON as UTF-8 bytes straight into a growable buffer, byte for byte what
 * `Buffer.from(JSON.stringify(value))` gives, with caches for the parts that repeat:
 *  - strings that need more than copying (non-ASCII text, escapes) are encoded once and kept in a
 *    bounded map; plain ASCII strings (ids, amounts) are copied character by character;
 *  - `"key":` prefixes are kept per key;
 *  - `putShared` keeps the bytes of an object by identity, for objects that are never modified
 *    once written (a rate book's labels and notes).
 * Anything unusual (toJSON, class instances, boxed primitives, bigint) goes through
 * JSON.stringify itself (the one difference: a toJSON method is called with "" rather than its
 * property name), so the result is JSON.stringify's.
 *
 * Module-level caches, all bounded (they outlive responses, so nothing may grow with traffic):
 *  - encoded strings: at most MAX_CACHED entries and MAX_CACHED_BYTES bytes, then emptied;
 *  - key prefixes (two maps, with and without the comma): at most MAX_CACHED entries each, then emptied;
 *  - shared objects' bytes: a WeakMap, so an entry lives no longer than its object (a compiled
 *    rate book's labels; rebuilt libraries let old ones go).
 * Where this serializer is used and why, with the command to re-measure it:
 * docs/decisions/0018-serializer-placement.md.
 */

/** Entries per module-level cache before it is emptied. */
export const MAX_CACHED = 8192;
/** Bytes of encoded strings kept before that cache is emptied (labels and notes can be long). */
export const MAX_CACHED_BYTES = 4 << 20;
/** Fragments shorter than this are copied in a loop; longer ones with TypedArray#set. */
const LOOP_COPY_BELOW = 32;

const encoder = new TextEncoder();

/** A growable byte buffer; `bytes.subarray(0, length)` is what was written. */
export class JsonBytes {
  bytes: Uint8Array;
  length = 0;

  /** A new buffer of `capacity` bytes, or one to reuse (its contents are overwritten). */
  constructor(capacity: number | Uint8Array = 64 * 1024) {
    this.bytes = typeof capacity === "number" ? new Uint8Array(capacity) : capacity;
  }

  /** Makes room for `n` more bytes and returns the (possibly new) array. */
  reserve(n: number): Uint8Array {
    const needed = this.length + n;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    return this.bytes;
  }

  /** Appends bytes. */
  put(fragment: Uint8Array): void {
    this.length = copyBytes(this.reserve(fragment.length), this.length, fragment);
  }

  /** Appends a string known to be ASCII (numbers, literals) as it is. */
  putAscii(s: string): void {
    const n = s.length;
    const bytes = this.reserve(n);
    const at = this.length;
    for (let i = 0; i < n; i += 1) bytes[at + i] = s.charCodeAt(i);
    this.length = at + n;
  }

  /** Appends any text as UTF-8. */
  putText(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const bytes = this.reserve(s.length * 3);
    this.length += encoder.encodeInto(s, bytes.subarray(this.length)).written;
  }

  /** Appends a copy of `length` bytes written earlier at `start`. */
  repeat(start: number, length: number): void {
    const bytes = this.reserve(length);
    const at = this.length;
    if (length < LOOP_COPY_BELOW) for (let i = 0; i < length; i += 1) bytes[at + i] = bytes[start + i]!;
    else bytes.copyWithin(at, start, start + length);
    this.length = at + length;
  }

  /** The bytes written from `start` on, as a copy. */
  copyFrom(start: number): Uint8Array {
    return this.bytes.slice(start, this.length);
  }

  /** The bytes written so far as a string. */
  text(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString("utf8");
  }
}

/** Copies `fragment` into `bytes` at `at` (room already reserved); returns where it ends. */
export function copyBytes(bytes: Uint8Array, at: number, fragment: Uint8Array): number {
  const n = fragment.length;
  if (n < LOOP_COPY_BELOW) for (let i = 0; i < n; i += 1) bytes[at + i] = fragment[i]!;
  else bytes.set(fragment, at);
  return at + n;
}

/**
 * Writes `s` into `bytes` at `at` (room already reserved) when it is printable ASCII other than
 * `"` and `\\`, which JSON copies as it is; returns where it ends, or -1 (having written part of
 * it) for a string that needs more.
 */
export function writePlainAscii(bytes: Uint8Array, at: number, s: string): number {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return -1;
    bytes[at + i] = c;
  }
  return at + s.length;
}

/** UTF-8 bytes of a string. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

const encodedStrings = new Map<string, Uint8Array>();
let encodedStringBytes = 0;

function encodedString(s: string): Uint8Array {
  let bytes = encodedStrings.get(s);
  if (bytes === undefined) {
    bytes = utf8(JSON.stringify(s));
    if (encodedStrings.size >= MAX_CACHED || encodedStringBytes + bytes.length > MAX_CACHED_BYTES) {
      encodedStrings.clear();
      encodedStringBytes = 0;
    }
    encodedStrings.set(s, bytes);
    encodedStringBytes += bytes.length;
  }
  return bytes;
}

/** How much the module-level caches hold now (for the tests that keep them bounded). */
export function jsonBytesCacheSizes(): { strings: number; stringBytes: number; keys: number; commaKeys: number } {
  return { strings: encodedStrings.size, stringBytes: encodedStringBytes, keys: keyPrefixes.size, commaKeys: commaKeyPrefixes.size };
}

/** Appends a JSON string literal. */
export function putString(out: JsonBytes, s: string): void {
  const n = s.length;
  const bytes = out.reserve(n + 2);
  let at = out.length;
  bytes[at] = 0x22;
  at += 1;
  // writePlainAscii's test, kept in this loop: as a call it made responses ≈ 30 % slower to write.
  for (let i = 0; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
      out.put(encodedString(s)); // anything but plain ASCII takes the cached, exact path
      return;
    }
    bytes[at + i] = c;
  }
  at += n;
  bytes[at] = 0x22;
  out.length = at + 1;
}

const keyPrefixes = new Map<string, Uint8Array>();
const commaKeyPrefixes = new Map<string, Uint8Array>();

/** `"key":`, or `,"key":` after the first property. */
function keyPrefix(key: string, first: boolean): Uint8Array {
  const cache = first ? keyPrefixes : commaKeyPrefixes;
  let bytes = cache.get(key);
  if (bytes === undefined) {
    bytes = utf8(`${first ? "" : ","}${JSON.stringify(key)}:`);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, bytes);
  }
  return bytes;
}

/** An ordinary object that JSON.stringify writes property by property. */
export function isPlainObject(o: object): boolean {
  const proto = Object.getPrototypeOf(o) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (o as { toJSON?: unknown }).toJSON !== "function";
}

/** A writer for the values of special keys (the fast paths of a known document shape). */
export type KeyedWriter = (out: JsonBytes, key: string, value: unknown) => boolean;

/**
 * Appends the JSON of any value; returns false, writing nothing, where JSON.stringify leaves the
 * value out (undefined, functions, symbols). `special` may take over the value of any property.
 */
export function putValue(out: JsonBytes, v: unknown, special?: KeyedWriter): boolean {
  switch (typeof v) {
    case "string":
      putString(out, v);
      return true;
    case "number":
      out.putAscii(Number.isFinite(v) ? String(v) : "null");
      return true;
    case "boolean":
      out.putAscii(v ? "true" : "false");
      return true;
    case "object":
      if (v === null) out.putAscii("null");
      else if (Array.isArray(v)) putArray(out, v, special);
      else if (isPlainObject(v)) putObject(out, v as Record<string, unknown>, special);
      else return putStringified(out, v);
      return true;
    case "bigint":
      JSON.stringify(v); // throws a TypeError, as JSON.stringify does
      return false;
    default:
      return false;
  }
}

function putStringified(out: JsonBytes, v: unknown): boolean {
  const json = JSON.stringify(v) as string | undefined;
  if (json === undefined) return false;
  out.put(utf8(json));
  return true;
}

function putArray(out: JsonBytes, a: readonly unknown[], special?: KeyedWriter): void {
  out.putAscii("[");
  for (let i = 0; i < a.length; i += 1) {
    if (i > 0) out.putAscii(",");
    if (!putValue(out, a[i], special)) out.putAscii("null");
  }
  out.putAscii("]");
}

/** Appends an object's properties in their own order (Object.keys, as JSON.stringify). */
export function putObject(out: JsonBytes, o: Record<string, unknown>, special?: KeyedWriter): void {
  out.putAscii("{");
  let first = true;
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    const start = out.length;
    out.put(keyPrefix(key, first));
    if (special?.(out, key, v) || putValue(out, v, special)) first = false;
    else out.length = start; // left out after all (a toJSON that returned undefined)
  }
  out.putAscii("}");
}

const shared = new WeakMap<object, Uint8Array>();

/**
 * Appends a value whose JSON is cached by identity when it is a plain object or array (see the
 * file comment); false, writing nothing, where JSON.stringify leaves the value out.
 */
export function putShared(out: JsonBytes, v: unknown): boolean {
  if (typeof v !== "object" || v === null || !(Array.isArray(v) || isPlainObject(v))) return putValue(out, v);
  const bytes = shared.get(v);
  if (bytes !== undefined) out.put(bytes);
  else {
    const start = out.length;
    putValue(out, v);
    shared.set(v, out.copyFrom(start));
  }
  return true;
}

