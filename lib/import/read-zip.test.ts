import { zipArchive } from '../export/zip-archive';
import { readZip, ZipReadError, type ZipReader, type ZipReadReason } from './read-zip';
import { deflatedZip } from './testing/deflated-zip';
import { rawZip, unicodePathField } from './testing/raw-zip';
import {
  setCentralField,
  setEndField,
  setEntryField,
  setLocalField,
  zipBytes,
} from './testing/tamper-zip';

const modified = new Date('2026-11-22T12:00:00.000Z');
const sample = () =>
  zipArchive([
    { name: 'a.txt', data: 'alpha', modified },
    { name: 'dossier/é.png', data: new Uint8Array([1, 2, 3]), modified },
  ]);
const named = (...names: string[]) =>
  zipArchive(names.map((name) => ({ name, data: 'x', modified })));
const bytes = (text: string) => new TextEncoder().encode(text);

async function readAll(reader: ZipReader, index = 0): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await reader.read(reader.entries[index]!, (chunk) => chunks.push(chunk.slice()));
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

async function failure(zip: Blob | Uint8Array<ArrayBuffer>): Promise<ZipReadError> {
  const blob = zip instanceof Blob ? zip : new Blob([zip]);
  try {
    const reader = await readZip(blob);
    for (const index of reader.entries.keys()) await readAll(reader, index);
  } catch (error) {
    if (error instanceof ZipReadError) return error;
    throw error;
  }
  throw new Error('The archive was read without error');
}

describe('readZip', () => {
  it('lists entries with UTF-8 names and streams each one on demand', async () => {
    const reader = await readZip(await sample());
    expect(reader.entries.map((entry) => entry.name)).toEqual(['a.txt', 'dossier/é.png']);
    expect(new TextDecoder().decode(await readAll(reader, 0))).toBe('alpha');
    expect([...(await readAll(reader, 1))]).toEqual([1, 2, 3]);
    const { stored } = await reader.read(reader.entries[1]!, () => undefined);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it.each([
    { utf8Names: true, name: 'dossier/é.txt' },
    { utf8Names: false, name: 'dossier/é.txt' },
  ])('inflates deflated entries (UTF-8 names: $utf8Names)', async ({ utf8Names, name }) => {
    const text = 'la même phrase, '.repeat(200);
    const reader = await readZip(deflatedZip(new Map([[name, bytes(text)]]), { utf8Names }));
    expect(reader.entries.map((entry) => [entry.name, entry.method])).toEqual([[name, 8]]);
    expect(new TextDecoder().decode(await readAll(reader))).toBe(text);
  });

  it('reads entries whose sizes come after the data, in a data descriptor', async () => {
    const reader = await readZip(
      rawZip([{ name: 'a.txt', data: bytes('alpha'), descriptor: true }]),
    );
    expect(new TextDecoder().decode(await readAll(reader))).toBe('alpha');
  });

  it('leaves out folder entries', async () => {
    const reader = await readZip(
      await zipArchive([
        { name: 'captures/', data: '', modified },
        { name: 'captures/a.txt', data: 'x', modified },
      ]),
    );
    expect(reader.entries.map((entry) => entry.name)).toEqual(['captures/a.txt']);
  });

  it('hands out a deflated entry in chunks, never past its declared size', async () => {
    const zeros = new Uint8Array(64 << 20);
    const zip = await zipBytes(rawZip([{ name: 'bomb.png', data: zeros }]));
    // The directory and the local header agree on a small size; the data inflates to 64 MiB.
    setEntryField(zip, 'bomb.png', 'size', 1000);
    const reader = await readZip(new Blob([zip]));
    let largest = 0;
    let total = 0;
    const read = reader.read(reader.entries[0]!, (chunk) => {
      largest = Math.max(largest, chunk.length);
      total += chunk.length;
    });
    await expect(read).rejects.toMatchObject({ reason: 'size-mismatch', path: 'bomb.png' });
    expect(total).toBeLessThanOrEqual(1000);
    expect(largest).toBeLessThanOrEqual(9 << 20);
  });

  type Case = {
    case: string;
    zip: () => Promise<Blob | Uint8Array<ArrayBuffer>>;
    reason: ZipReadReason;
    path?: string;
    found?: string;
  };
  const tampered = async (tamper: (zip: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>) =>
    tamper(await zipBytes(await sample()));
  it.each<Case>([
    { case: 'not a ZIP', zip: async () => new Blob(['hello, this is text']), reason: 'not-a-zip' },
    { case: 'an empty file', zip: async () => new Blob([]), reason: 'not-a-zip' },
    {
      case: 'cut short',
      zip: async () => (await sample()).slice(0, (await sample()).size - 30),
      reason: 'truncated',
    },
    {
      case: 'a ZIP64 end record',
      zip: () => tampered((zip) => setEndField(zip, 16, 4, 0xffffffff)),
      reason: 'zip64-unsupported',
    },
    {
      case: 'ZIP64 sizes in an extra field',
      zip: async () =>
        rawZip([{ name: 'a.txt', data: bytes('a'), extra: new Uint8Array([1, 0, 0, 0]) }]),
      reason: 'zip64-unsupported',
      path: 'a.txt',
    },
    {
      case: 'several disks',
      zip: () => tampered((zip) => setEndField(zip, 4, 2, 1)),
      reason: 'multi-disk-unsupported',
    },
    {
      case: 'an encrypted entry',
      zip: () => tampered((zip) => setCentralField(zip, 'a.txt', 8, 2, 1 | (1 << 11))),
      reason: 'encrypted-entry',
      path: 'a.txt',
    },
    {
      case: 'an unknown method',
      zip: () => tampered((zip) => setCentralField(zip, 'a.txt', 10, 2, 12)),
      reason: 'unknown-method',
      path: 'a.txt',
    },
    {
      case: 'a parent folder',
      zip: () => named('a/../../evil'),
      reason: 'unsafe-path',
      path: 'a/../../evil',
    },
    {
      case: 'a leading slash',
      zip: () => named('/etc/evil'),
      reason: 'unsafe-path',
      path: '/etc/evil',
    },
    { case: 'a backslash', zip: () => named('a\\evil'), reason: 'unsafe-path', path: 'a\\evil' },
    { case: 'a drive letter', zip: () => named('C:evil'), reason: 'unsafe-path', path: 'C:evil' },
    {
      case: 'a symbolic link',
      zip: async () => rawZip([{ name: 'link', data: bytes('/etc/passwd'), unixMode: 0o120777 }]),
      reason: 'symbolic-link',
      path: 'link',
    },
    {
      case: 'a duplicate name',
      zip: () => named('a.txt', 'a.txt'),
      reason: 'duplicate-name',
      path: 'a.txt',
    },
    {
      case: 'names differing by case',
      zip: () => named('a.txt', 'A.txt'),
      reason: 'names-collide',
      path: 'A.txt',
    },
    {
      case: 'a second name for other tools',
      zip: async () =>
        rawZip([{ name: 'a.txt', data: bytes('a'), extra: unicodePathField('b.txt') }]),
      reason: 'second-name',
      path: 'a.txt',
      found: 'b.txt',
    },
    {
      case: 'a local header naming another file',
      zip: () => tampered((zip) => setLocalField(zip, 'a.txt', 30, 1, 'b'.charCodeAt(0))),
      reason: 'local-header-mismatch',
      path: 'a.txt',
      found: 'name',
    },
    {
      case: 'a local header with another method',
      zip: () => tampered((zip) => setLocalField(zip, 'a.txt', 8, 2, 8)),
      reason: 'local-header-mismatch',
      path: 'a.txt',
      found: 'method',
    },
    {
      case: 'a local header with other sizes',
      zip: () => tampered((zip) => setLocalField(zip, 'a.txt', 22, 4, 4)),
      reason: 'local-header-mismatch',
      path: 'a.txt',
      found: 'sizes',
    },
    {
      case: 'a directory with another CRC than the local header',
      zip: () => tampered((zip) => setCentralField(zip, 'dossier/é.png', 16, 4, 1)),
      reason: 'local-header-mismatch',
      path: 'dossier/é.png',
      found: 'CRC-32',
    },
    {
      case: 'a data descriptor that disagrees',
      zip: async () => {
        const zip = await zipBytes(
          rawZip([{ name: 'a.txt', data: bytes('alpha'), descriptor: true }]),
        );
        return setCentralField(zip, 'a.txt', 24, 4, 6);
      },
      reason: 'local-header-mismatch',
      path: 'a.txt',
      found: 'data descriptor',
    },
    {
      case: 'two entries on the same bytes',
      zip: () => tampered((zip) => setCentralField(zip, 'dossier/é.png', 42, 4, 0)),
      reason: 'overlapping-entries',
      path: 'dossier/é.png',
    },
    {
      case: 'an entry whose data runs over the next one',
      zip: () =>
        tampered((zip) =>
          setEntryField(setEntryField(zip, 'a.txt', 'compressedSize', 60), 'a.txt', 'size', 60),
        ),
      reason: 'overlapping-entries',
      path: 'dossier/é.png',
    },
    {
      case: 'the last entry running into the directory',
      zip: () =>
        tampered((zip) =>
          setEntryField(
            setEntryField(zip, 'dossier/é.png', 'compressedSize', 5000),
            'dossier/é.png',
            'size',
            5000,
          ),
        ),
      reason: 'truncated',
      path: 'dossier/é.png',
    },
    {
      case: 'bytes before the first entry (a self-extracting stub)',
      zip: async () => {
        // Every offset moves by four bytes, as a stub put in front would move them.
        const zip = await zipBytes(await sample());
        const shifted = new Uint8Array(zip.length + 4);
        shifted.set(zip, 4);
        const view = new DataView(shifted.buffer);
        const end = shifted.length - 22;
        view.setUint32(end + 16, view.getUint32(end + 16, true) + 4, true);
        for (const name of ['a.txt', 'dossier/é.png']) {
          const offset = (await readZip(await sample())).entries.find(
            (entry) => entry.name === name,
          )!.localHeaderOffset;
          setCentralField(shifted, name, 42, 4, offset + 4);
        }
        return shifted;
      },
      reason: 'hidden-data',
      path: 'a.txt',
    },
    {
      case: 'a folder entry holding data',
      zip: async () => rawZip([{ name: 'captures/', data: bytes('hidden'), method: 0 }]),
      reason: 'hidden-data',
      path: 'captures/',
    },
    {
      case: 'a wrong CRC in both headers',
      zip: () => tampered((zip) => setEntryField(zip, 'dossier/é.png', 'crc', 1)),
      reason: 'crc-mismatch',
      path: 'dossier/é.png',
    },
    {
      case: 'a stored entry whose two sizes differ',
      zip: () => tampered((zip) => setEntryField(zip, 'a.txt', 'size', 4)),
      reason: 'size-mismatch',
      path: 'a.txt',
    },
    {
      case: 'deflated data that is not deflate',
      zip: () => tampered((zip) => setEntryField(zip, 'a.txt', 'method', 8)),
      reason: 'corrupt-data',
      path: 'a.txt',
    },
  ])('refuses $case with reason $reason', async ({ zip, reason, path, found }) => {
    const error = await failure(await zip());
    expect(error.reason).toBe(reason);
    expect(error.path).toBe(path);
    if (found) expect(error.details.found).toBe(found);
  });

  it('stops when aborted', async () => {
    const reader = await readZip(await sample());
    await expect(
      readAll(reader).then(() =>
        reader.read(reader.entries[0]!, () => undefined, AbortSignal.abort()),
      ),
    ).rejects.toThrow(/abort/i);
  });
});
