import { zipArchive } from '../export/zip-archive';
import { readZip } from './read-zip';
import { deflatedZip } from './testing/deflated-zip';
import { rawZip } from './testing/raw-zip';
import { setEntryField, zipBytes } from './testing/tamper-zip';
import { bytes, modified, readAll, sample } from './testing/zip-reading';

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

  it('stops when aborted', async () => {
    const reader = await readZip(await sample());
    await expect(
      readAll(reader).then(() =>
        reader.read(reader.entries[0]!, () => undefined, AbortSignal.abort()),
      ),
    ).rejects.toThrow(/abort/i);
  });
});
