import { readZip, type ZipReadReason } from './read-zip';
import { rawZip, unicodePathField } from './testing/raw-zip';
import {
  setCentralField,
  setEndField,
  setEntryField,
  setLocalField,
  zipBytes,
} from './testing/tamper-zip';
import { bytes, failure, named, sample } from './testing/zip-reading';

/** Every kind of archive the reader refuses, with the reason it gives. */
describe('readZip refuses', () => {
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
});
