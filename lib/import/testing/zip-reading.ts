import { zipArchive } from '../../export/zip-archive';
import { readZip, ZipReadError, type ZipReader } from '../read-zip';

/** The time every test archive gives its entries. */
export const modified = new Date('2026-11-22T12:00:00.000Z');
/** A small archive with a UTF-8 name in a folder. */
export const sample = () =>
  zipArchive([
    { name: 'a.txt', data: 'alpha', modified },
    { name: 'dossier/é.png', data: new Uint8Array([1, 2, 3]), modified },
  ]);
/** An archive of one-byte files with these names. */
export const named = (...names: string[]) =>
  zipArchive(names.map((name) => ({ name, data: 'x', modified })));
export const bytes = (text: string) => new TextEncoder().encode(text);

/** Reads one entry whole. */
export async function readAll(reader: ZipReader, index = 0): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await reader.read(reader.entries[index]!, (chunk) => chunks.push(chunk.slice()));
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

/** The error reading every entry of the archive ends in; throws if there is none. */
export async function failure(zip: Blob | Uint8Array<ArrayBuffer>): Promise<ZipReadError> {
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
