import {
  BUNDLE_SCHEMA,
  captureFolder,
  EXPORTED_CAPTURE_SCHEMA,
  type ExportedCapture,
} from '../../export/bundle-format';
import { sha256Sums } from '../../export/sha256-sums';
import { zipArchive } from '../../export/zip-archive';
import { annotationFromLog } from '../../evidence/annotation';
import { canonicalJson } from '../../evidence/canonical-json';
import type { CaptureMetadata, FileRole } from '../../evidence/capture-metadata';
import {
  nextCustodyEntry,
  type CustodyEntry,
  type CustodyEvent,
} from '../../evidence/custody-entry';
import { sha256Hex } from '../../evidence/sha256';
import { sampleMetadata } from '../../../tests/unit/sample-capture';

/** The files of a bundle by path, in archive order, for a test to tamper with before zipping. */
export type BundleFiles = Map<string, Uint8Array>;

const CAPTURES = [
  { id: '11111111-1111-4111-8111-111111111111', capturedAt: '2026-11-22T08:00:00.123Z' },
  { id: '22222222-2222-4222-8222-222222222222', capturedAt: '2026-11-22T09:30:00.456Z' },
] as const;

/** The folders of the two captures: the first has all its images, the second had its crop deleted. */
export const FOLDERS = CAPTURES.map(({ id, capturedAt }) => captureFolder(id, capturedAt)) as [
  string,
  string,
];

const encode = (text: string) => new TextEncoder().encode(text);
export const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A valid export bundle of two captures, SHA256SUMS included. */
export async function makeBundleFiles(): Promise<BundleFiles> {
  const files: BundleFiles = new Map();
  for (const [index, capture] of CAPTURES.entries()) {
    await addCapture(files, capture.id, capture.capturedAt, FOLDERS[index]!, index === 1);
  }
  files.set('captures.csv', encode('id\r\n'));
  files.set('README.txt', encode('sha256sum -c SHA256SUMS\n'));
  const manifest = {
    schema: BUNDLE_SCHEMA,
    exportedAt: '2026-11-22T12:00:00.000Z',
    extensionVersion: '0.1.0',
    language: 'fr',
    captures: FOLDERS.map((folder) => `${folder}/metadata.json`),
  };
  files.set('manifest.json', encode(`${JSON.stringify(manifest, null, 2)}\n`));
  await resealSums(files);
  return files;
}

/** Rewrites SHA256SUMS for the files as they are now, so only the deeper checks can catch a change. */
export async function resealSums(files: BundleFiles): Promise<void> {
  files.delete('SHA256SUMS');
  const sums = [];
  for (const [path, bytes] of files) sums.push({ path, sha256: await sha256Hex(bytes) });
  files.set('SHA256SUMS', encode(sha256Sums(sums)));
}

export function zipFiles(files: BundleFiles): Promise<Blob> {
  const modified = new Date('2026-11-22T12:00:00.000Z');
  return zipArchive([...files].map(([name, data]) => ({ name, data, modified })));
}

export async function makeBundle(): Promise<Blob> {
  return zipFiles(await makeBundleFiles());
}

/** Edits a text file of the bundle in place. */
export function editText(files: BundleFiles, path: string, edit: (text: string) => string): void {
  files.set(path, encode(edit(decode(files.get(path)))));
}

async function addCapture(
  files: BundleFiles,
  id: string,
  capturedAt: string,
  folder: string,
  cropDeleted: boolean,
): Promise<void> {
  const images = {
    screenshot: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, id.charCodeAt(0)]),
    crop: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 4, 5]),
    thumbnail: new Uint8Array([0xff, 0xd8, 0xff, 6]),
  };
  const describe = async (role: FileRole, bytes: Uint8Array) => ({
    role,
    mimeType: 'image/png',
    byteLength: bytes.length,
    width: 10,
    height: 10,
    sha256: await sha256Hex(bytes),
  });
  const base = sampleMetadata(id);
  const metadata: CaptureMetadata = {
    ...base,
    time: { ...base.time, capturedAt },
    files: [
      await describe('page-screenshot', images.screenshot),
      await describe('post-crop', images.crop),
    ],
  };
  const metadataSha256 = await sha256Hex(canonicalJson(metadata));
  const deleted = cropDeleted
    ? [{ role: 'post-crop' as const, sha256: metadata.files[1]!.sha256 }]
    : [];
  const events: CustodyEvent[] = [
    { kind: 'capture', data: { metadataSha256 } },
    { kind: 'category', data: { categoryId: 'threats-or-violence' } },
    { kind: 'note', data: { text: 'vu en direct' } },
    ...(cropDeleted
      ? [
          {
            kind: 'images-deleted',
            data: { reason: 'child-abuse-category', files: deleted },
          } as const,
        ]
      : []),
  ];
  const custody: CustodyEntry[] = [];
  for (const [index, event] of events.entries()) {
    const at = `2026-11-22T10:00:0${index}.000Z`;
    custody.push(
      await nextCustodyEntry({
        captureId: id,
        previous: custody.at(-1),
        metadataSha256,
        event,
        at,
      }),
    );
  }
  const stored = [
    { role: 'page-screenshot' as const, bytes: images.screenshot, name: 'page-screenshot.png' },
    ...(cropDeleted
      ? []
      : [{ role: 'post-crop' as const, bytes: images.crop, name: 'post-crop.png' }]),
  ];
  const exported: ExportedCapture = {
    schema: EXPORTED_CAPTURE_SCHEMA,
    captureId: id,
    metadata,
    metadataSha256,
    files: [
      ...stored.map(({ role, bytes, name }, position) => ({
        role,
        path: `${folder}/${name}`,
        sha256: metadata.files[position]!.sha256,
        byteLength: bytes.length,
      })),
      {
        role: 'thumbnail',
        path: `${folder}/thumbnail.jpg`,
        sha256: await sha256Hex(images.thumbnail),
        byteLength: images.thumbnail.length,
        derivedFrom: 'page-screenshot',
      },
    ],
    deletedFiles: deleted,
    custodyPath: `${folder}/custody.jsonl`,
    ...annotationCopy(id, custody),
  };
  for (const { bytes, name } of stored) files.set(`${folder}/${name}`, bytes);
  files.set(`${folder}/thumbnail.jpg`, images.thumbnail);
  files.set(`${folder}/metadata.json`, encode(`${JSON.stringify(exported, null, 2)}\n`));
  files.set(
    exported.custodyPath,
    encode(custody.map((entry) => `${canonicalJson(entry)}\n`).join('')),
  );
}

/** The annotation metadata.json copies, as the exporter writes it from the log. */
function annotationCopy(id: string, custody: readonly CustodyEntry[]) {
  const { category, tags, notes, reports } = annotationFromLog(id, custody);
  return { ...(category ? { category } : {}), tags, notes, reports };
}
