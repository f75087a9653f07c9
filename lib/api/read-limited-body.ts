/** The body as bytes, or null when it is larger than `limit` (checked while reading, not after). */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads a request body as UTF-8 text, stopping as soon as it exceeds `limit` bytes. */
export async function readLimitedBody(request: Request, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  const bytes = await readBodyBytes(request, limit);
  return bytes === null ? { ok: false } : { ok: true, text: Buffer.from(bytes).toString("utf8") };
}
