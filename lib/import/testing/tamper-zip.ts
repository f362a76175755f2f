const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

export async function zipBytes(zip: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await zip.arrayBuffer());
}

/** Overwrites a field of the central directory entry named `name` (offsets from its start). */
export function setCentralField(
  zip: Uint8Array<ArrayBuffer>,
  name: string,
  offset: number,
  bytes: 2 | 4,
  value: number,
): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) continue;
    const found = zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true));
    if (found.length !== encoded.length || !found.every((byte, index) => byte === encoded[index])) {
      continue;
    }
    if (bytes === 2) view.setUint16(at + offset, value, true);
    else view.setUint32(at + offset, value, true);
    return zip;
  }
  throw new Error(`No central directory entry ${name}`);
}

/** Overwrites a field of the end of central directory record. */
export function setEndField(
  zip: Uint8Array<ArrayBuffer>,
  offset: number,
  bytes: 2 | 4,
  value: number,
): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer);
  const at = zip.length - 22;
  if (view.getUint32(at, true) !== END_OF_DIRECTORY) throw new Error('No end of directory');
  if (bytes === 2) view.setUint16(at + offset, value, true);
  else view.setUint32(at + offset, value, true);
  return zip;
}
