import { ZipReadError } from './zip-read-error';

/**
 * Compressed bytes handed to the browser's inflater at a time. Deflate grows data at most
 * 1,032-fold, and the inflater writes out all it makes of one piece before it waits to be
 * read, so a piece this small bounds what is ever held: about 8 MB, whatever the archive.
 */
const PIECE = 8 * 1024;

/**
 * Inflates raw deflate data from a Blob, handing each chunk to `take`, and stops as soon as
 * more than `size` bytes come out: a forged size cannot make it hold more than one piece's
 * worth beyond it. Data the inflater cannot read, or left over after the deflate stream,
 * is corrupt.
 */
export async function inflateBounded(
  data: Blob,
  { name, size }: { name: string; size: number },
  take: (chunk: Uint8Array) => void,
  signal?: AbortSignal,
): Promise<number> {
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  let first: unknown;
  let produced = 0;
  const fail = (error: unknown) => {
    first ??= error;
    void reader.cancel().catch(() => undefined);
    void writer.abort().catch(() => undefined);
  };
  const feed = async () => {
    const source = data.stream().getReader();
    try {
      for (;;) {
        signal?.throwIfAborted();
        const { done, value } = await source.read();
        if (done) break;
        for (let at = 0; at < value.length && first === undefined; at += PIECE) {
          await writer.write(value.subarray(at, at + PIECE));
        }
      }
      await writer.close();
    } finally {
      void source.cancel().catch(() => undefined);
    }
  };
  const drain = async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      produced += value.length;
      if (produced > size) {
        throw new ZipReadError('size-mismatch', `${name} inflates past its declared size`, {
          path: name,
          size,
        });
      }
      take(value);
    }
  };
  await Promise.all([feed().catch(fail), drain().catch(fail)]);
  if (first !== undefined) {
    if (first instanceof ZipReadError || signal?.aborted) throw first;
    throw new ZipReadError('corrupt-data', `${name} cannot be inflated`, { path: name });
  }
  return produced;
}
