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

/**
 * The same limits for a node:http request (the production server's fast lane): the declared
 * length is checked first, then the bytes as they arrive; over `limit`, reading stops (the rest
 * of the body is never buffered) and `ok: false` is answered.
 */
export function readLimitedNodeBody(request: NodeJS.ReadableStream & { headers: Record<string, string | string[] | undefined> }, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (declared > limit) return Promise.resolve({ ok: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        done();
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve({ ok: true, text: Buffer.concat(chunks, size).toString("utf8") });
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    // The client went away before the body was whole.
    const onClose = () => onError(new Error("the request was aborted"));
    const done = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
      request.off("close", onClose);
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
    request.on("close", onClose);
  });
}
