import { ZipReadError } from './zip-read-error';

const ZIP64_FIELD = 0x0001;
const UNICODE_PATH_FIELD = 0x7075;

/** A name that could write outside the folder it is extracted to, on any system. */
export function isUnsafePath(name: string): boolean {
  return (
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').includes('..')
  );
}

/**
 * Checks a header's extra fields (central or local): they must be well formed, hold no ZIP64
 * sizes (which would replace the ones checked here) and no second name that other tools would
 * show instead of this one (Info-ZIP's Unicode path field).
 */
export function checkExtraFields(extra: Uint8Array, { name }: { name: string }): void {
  const fields = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length) throw damaged(name);
    const id = fields.getUint16(at, true);
    const size = fields.getUint16(at + 2, true);
    const end = at + 4 + size;
    if (end > extra.length) throw damaged(name);
    if (id === ZIP64_FIELD) {
      throw new ZipReadError('zip64-unsupported', `${name} carries ZIP64 sizes`, { path: name });
    }
    if (id === UNICODE_PATH_FIELD) {
      // Version (1 byte), CRC-32 of the header's name (4), then the name in UTF-8.
      const second = new TextDecoder().decode(extra.subarray(at + 9, end));
      if (size < 5 || second !== name) {
        throw new ZipReadError('second-name', `${name} carries a second name`, {
          path: name,
          found: second,
        });
      }
    }
    at = end;
  }
}

function damaged(name: string): ZipReadError {
  return new ZipReadError('corrupt-directory', `The extra fields of ${name} are damaged`, {
    path: name,
  });
}
