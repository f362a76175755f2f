import { zipArchive } from '../export/zip-archive';
import { readZip, ZipReadError, type ZipReadReason } from './read-zip';
import { deflatedZip } from './testing/deflated-zip';
import { setCentralField, setEndField, zipBytes } from './testing/tamper-zip';

const modified = new Date('2026-11-22T12:00:00.000Z');
const sample = () =>
  zipArchive([
    { name: 'a.txt', data: 'alpha', modified },
    { name: 'dossier/é.png', data: new Uint8Array([1, 2, 3]), modified },
  ]);
const named = (...names: string[]) =>
  zipArchive(names.map((name) => ({ name, data: 'x', modified })));

async function failure(zip: Blob | Uint8Array<ArrayBuffer>): Promise<ZipReadError> {
  const blob = zip instanceof Blob ? zip : new Blob([zip]);
  try {
    const reader = await readZip(blob);
    for (const entry of reader.entries) await reader.read(entry);
  } catch (error) {
    if (error instanceof ZipReadError) return error;
    throw error;
  }
  throw new Error('The archive was read without error');
}

describe('readZip', () => {
  it('lists entries with UTF-8 names and reads each one on demand', async () => {
    const reader = await readZip(await sample());
    expect(reader.entries.map((entry) => entry.name)).toEqual(['a.txt', 'dossier/é.png']);
    const [text, image] = await Promise.all(reader.entries.map((entry) => reader.read(entry)));
    expect(new TextDecoder().decode(text!.bytes)).toBe('alpha');
    expect([...image!.bytes]).toEqual([1, 2, 3]);
    expect(await image!.blob.arrayBuffer()).toEqual(new Uint8Array([1, 2, 3]).buffer);
  });

  it.each([
    { utf8Names: true, name: 'dossier/é.txt' },
    { utf8Names: false, name: 'dossier/é.txt' },
  ])('inflates deflated entries (UTF-8 names: $utf8Names)', async ({ utf8Names, name }) => {
    const text = 'la même phrase, '.repeat(200);
    const files = new Map([[name, new TextEncoder().encode(text)]]);
    const reader = await readZip(deflatedZip(files, { utf8Names }));
    expect(reader.entries.map((entry) => [entry.name, entry.method])).toEqual([[name, 8]]);
    expect(new TextDecoder().decode((await reader.read(reader.entries[0]!)).bytes)).toBe(text);
  });

  it('leaves out folder entries', async () => {
    const reader = await readZip(await named('captures/', 'captures/a.txt'));
    expect(reader.entries.map((entry) => entry.name)).toEqual(['captures/a.txt']);
  });

  type Case = {
    case: string;
    zip: () => Promise<Blob | Uint8Array<ArrayBuffer>>;
    reason: ZipReadReason;
    path?: string;
  };
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
      zip: async () => setEndField(await zipBytes(await sample()), 16, 4, 0xffffffff),
      reason: 'zip64-unsupported',
    },
    {
      case: 'several disks',
      zip: async () => setEndField(await zipBytes(await sample()), 4, 2, 1),
      reason: 'multi-disk-unsupported',
    },
    {
      case: 'an encrypted entry',
      zip: async () =>
        setCentralField(await zipBytes(await sample()), 'a.txt', 8, 2, 1 | (1 << 11)),
      reason: 'encrypted-entry',
      path: 'a.txt',
    },
    {
      case: 'an unknown method',
      zip: async () => setCentralField(await zipBytes(await sample()), 'a.txt', 10, 2, 12),
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
      case: 'a duplicate name',
      zip: () => named('a.txt', 'a.txt'),
      reason: 'duplicate-name',
      path: 'a.txt',
    },
    {
      case: 'a wrong CRC',
      zip: async () => setCentralField(await zipBytes(await sample()), 'dossier/é.png', 16, 4, 1),
      reason: 'crc-mismatch',
      path: 'dossier/é.png',
    },
    {
      case: 'a wrong size',
      zip: async () => setCentralField(await zipBytes(await sample()), 'a.txt', 24, 4, 4),
      reason: 'size-mismatch',
      path: 'a.txt',
    },
    {
      case: 'an entry running into the directory',
      zip: async () => {
        const zip = setCentralField(await zipBytes(await sample()), 'a.txt', 20, 4, 5000);
        return setCentralField(zip, 'a.txt', 24, 4, 5000);
      },
      reason: 'truncated',
      path: 'a.txt',
    },
    {
      case: 'deflated data that is not deflate',
      zip: async () => setCentralField(await zipBytes(await sample()), 'a.txt', 10, 2, 8),
      reason: 'corrupt-data',
      path: 'a.txt',
    },
  ])('refuses $case with reason $reason', async ({ zip, reason, path }) => {
    const error = await failure(await zip());
    expect(error.reason).toBe(reason);
    expect(error.path).toBe(path);
  });

  it('stops when aborted', async () => {
    const reader = await readZip(await sample());
    await expect(reader.read(reader.entries[0]!, AbortSignal.abort())).rejects.toThrow(/abort/i);
  });
});
