const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

export async function zipBytes(zip: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await zip.arrayBuffer());
}

/** Where the header of `signature` naming `name` starts (name length at `lengthAt`, name at `nameAt`). */
function findHeader(
  zip: Uint8Array<ArrayBuffer>,
  signature: number,
  name: string,
  lengthAt: number,
  nameAt: number,
): number {
  const view = new DataView(zip.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + nameAt <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== signature) continue;
    const found = zip.subarray(at + nameAt, at + nameAt + view.getUint16(at + lengthAt, true));
    if (found.length === encoded.length && found.every((byte, index) => byte === encoded[index])) {
      return at;
    }
  }
  throw new Error(`No header for ${name}`);
}

function setField(zip: Uint8Array<ArrayBuffer>, at: number, bytes: 1 | 2 | 4, value: number) {
  const view = new DataView(zip.buffer);
  if (bytes === 1) view.setUint8(at, value);
  else if (bytes === 2) view.setUint16(at, value, true);
  else view.setUint32(at, value, true);
  return zip;
}

/** Overwrites a field of the central directory entry named `name` (offsets from its start). */
export function setCentralField(
  zip: Uint8Array<ArrayBuffer>,
  name: string,
  offset: number,
  bytes: 1 | 2 | 4,
  value: number,
): Uint8Array<ArrayBuffer> {
  return setField(zip, findHeader(zip, CENTRAL_HEADER, name, 28, 46) + offset, bytes, value);
}

/** Overwrites a field of the local header of `name` (offsets from its start). */
export function setLocalField(
  zip: Uint8Array<ArrayBuffer>,
  name: string,
  offset: number,
  bytes: 1 | 2 | 4,
  value: number,
): Uint8Array<ArrayBuffer> {
  return setField(zip, findHeader(zip, LOCAL_HEADER, name, 26, 30) + offset, bytes, value);
}

/** The central directory's offsets of the fields both headers hold, and the local ones. */
const BOTH = {
  flags: [8, 6],
  method: [10, 8],
  crc: [16, 14],
  compressedSize: [20, 18],
  size: [24, 22],
};

/** Changes a field in both headers of `name`, so that they still agree. */
export function setEntryField(
  zip: Uint8Array<ArrayBuffer>,
  name: string,
  field: keyof typeof BOTH,
  value: number,
): Uint8Array<ArrayBuffer> {
  const [central, local] = BOTH[field];
  const bytes = field === 'flags' || field === 'method' ? 2 : 4;
  return setLocalField(
    setCentralField(zip, name, central!, bytes, value),
    name,
    local!,
    bytes,
    value,
  );
}

/** Overwrites a field of the end of central directory record. */
export function setEndField(
  zip: Uint8Array<ArrayBuffer>,
  offset: number,
  bytes: 1 | 2 | 4,
  value: number,
): Uint8Array<ArrayBuffer> {
  const at = zip.length - 22;
  if (new DataView(zip.buffer).getUint32(at, true) !== END_OF_DIRECTORY) {
    throw new Error('No end of directory');
  }
  return setField(zip, at + offset, bytes, value);
}
