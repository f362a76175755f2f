import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deleteThreadScreens } from '../evidence/delete-thread-screens';
import { sha256Hex } from '../evidence/sha256';
import { buildBundle } from '../export/build-bundle';
import { exportedThreadSchema, type ExportedThread } from '../export/thread-format';
import { CROP_AREA, picture, picturedThread } from '../thread/testing/pictured-thread';
import { pngOf, samePixelsInNode } from '../verification/testing/png-pixels';
import type { BundleReason } from './bundle-problem';
import { decode, editText, resealSums, zipFiles, type BundleFiles } from './testing/make-bundle';
import { verifyBundle } from './verify-bundle';

/** A bundle of a thread with real screens, its stitched part and two crops, unzipped. */
async function picturedBundle({ imagesDeleted = false } = {}) {
  const { database, id } = await picturedThread();
  if (imagesDeleted) await deleteThreadScreens(database, id);
  const zip = await buildBundle({
    database,
    captureIds: [],
    threadIds: [id],
    language: 'fr',
    exportedAt: new Date('2026-11-22T12:00:00.000Z'),
    extensionVersion: '0.1.0',
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-thread-files-'));
  writeFileSync(path.join(folder, 'bundle.zip'), new Uint8Array(await zip.arrayBuffer()));
  execFileSync('unzip', ['-q', 'bundle.zip', '-d', 'out'], { cwd: folder });
  const out = path.join(folder, 'out');
  const files: BundleFiles = new Map();
  const walk = (at: string) => {
    for (const name of readdirSync(path.join(out, at)).sort()) {
      const relative = at ? `${at}/${name}` : name;
      if (statSync(path.join(out, relative)).isDirectory()) walk(relative);
      else files.set(relative, new Uint8Array(readFileSync(path.join(out, relative))));
    }
  };
  walk('');
  const threadPath = [...files.keys()].find((name) => name.endsWith('/thread.json'))!;
  const thread = exportedThreadSchema.parse(JSON.parse(decode(files.get(threadPath))));
  return { zip, out, files, threadPath, thread, database, id };
}

async function reasonsOf(files: BundleFiles): Promise<Array<[BundleReason, string | undefined]>> {
  const result = await verifyBundle(await zipFiles(files), { samePixels: samePixelsInNode });
  return result.ok ? [] : result.problems.map(({ reason, path }) => [reason, path]);
}

/** Puts other bytes in place of a file, its hash made again in thread.json and SHA256SUMS. */
async function replaceFile(files: BundleFiles, threadPath: string, at: string, bytes: Uint8Array) {
  files.set(at, bytes);
  const sha256 = await sha256Hex(bytes);
  editText(files, threadPath, (text) => {
    const thread = JSON.parse(text) as ExportedThread;
    thread.files!.find((file) => file.path === at)!.sha256 = sha256;
    return `${JSON.stringify(thread, null, 2)}\n`;
  });
  await resealSums(files);
}

describe('a thread’s stitched picture and post crops in the bundle', () => {
  it('carries them, listed with their sealed hashes and screens, in SHA256SUMS, and passes', async () => {
    const { zip, out, files, thread, threadPath, database, id } = await picturedBundle();
    const folder = path.dirname(threadPath);
    const stored = await database.threadFiles.toArray();
    expect(thread.files!.map((file) => [file.path, file.sha256, file.derivedFrom])).toEqual(
      stored
        .filter((file) => file.threadId === id)
        .map((file) => [
          `${folder}/${file.role === 'stitched' ? 'stitched' : 'crops'}/000${file.order}.png`,
          file.sha256,
          file.derivedFrom,
        ]),
    );
    expect(thread.files!.map((file) => file.path.slice(folder.length + 1))).toEqual([
      'crops/0000.png',
      'crops/0001.png',
      'stitched/0000.png',
    ]);
    const stitched = thread.files!.find((file) => file.role === 'stitched')!;
    expect(stitched.sha256).toBe(thread.record.stitched![0]!.sha256);
    const sums = decode(files.get('SHA256SUMS'));
    for (const file of thread.files!) {
      expect(sums).toContain(`${file.sha256} *${file.path}`);
      expect(await sha256Hex(files.get(file.path)!)).toBe(file.sha256);
    }
    expect(
      execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out }).toString(),
    ).toBe('');
    const result = await verifyBundle(zip, { samePixels: samePixelsInNode });
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });

  it('checks by hand as its README says: the sealed part, and a crop cut again', async () => {
    const { out, files, threadPath, thread } = await picturedBundle();
    const readme = decode(files.get('README.txt'));
    expect(readme).toContain('sha256sum stitched/0000.png');
    const shell = (command: string) =>
      execFileSync('sh', ['-c', `{ ${command}; } 2>&1`], {
        cwd: path.join(out, path.dirname(threadPath)),
      })
        .toString()
        .trim();
    expect(shell('sha256sum stitched/0000.png').split(' ')[0]).toBe(
      thread.record.stitched![0]!.sha256,
    );
    const geometry = shell(
      `jq -r '.posts[0].cropArea | "\\(.width)x\\(.height)+\\(.x)+\\(.y)"' thread.json`,
    );
    expect(geometry).toBe('20x12+4+10');
    expect(readme).toContain(`convert screens/0000.png -crop <ce résultat> +repage refaite.png`);
    shell(`convert screens/0000.png -crop ${geometry} +repage refaite.png`);
    expect(shell('compare -metric AE refaite.png crops/0000.png null: || true')).toBe('0');
  });

  it('names a crop replaced, even with its hash made again everywhere, by its pixels', async () => {
    const { files, threadPath, thread } = await picturedBundle();
    const crop = thread.files!.find((file) => file.role === 'post-crop')!.path;
    const forged = pngOf(CROP_AREA.width, CROP_AREA.height, () => [9, 9, 9, 255]);
    await replaceFile(files, threadPath, crop, forged);
    expect(await reasonsOf(files)).toEqual([['thread-crop-differs', crop]]);
  });

  it('names a stitched part replaced, even with its hash made again, by the thread’s seal', async () => {
    const { files, threadPath, thread } = await picturedBundle();
    const part = thread.files!.find((file) => file.role === 'stitched')!.path;
    const forged = new Uint8Array(await picture(pngOf(40, 55, () => [1, 2, 3, 255])).arrayBuffer());
    await replaceFile(files, threadPath, part, forged);
    expect(await reasonsOf(files)).toEqual([['thread-stitched-mismatch', part]]);
  });

  it.each<[string, (files: BundleFiles, thread: ExportedThread) => void, BundleReason, number]>([
    [
      'a crop dropped',
      (files, thread) => files.delete(thread.files![0]!.path),
      'thread-file-missing',
      0,
    ],
    [
      'a crop’s bytes changed without its hash',
      (files, thread) => files.set(thread.files![1]!.path, new Uint8Array([1, 2, 3])),
      'thread-file-hash-mismatch',
      1,
    ],
  ])('names %s', async (_, edit, reason, index) => {
    const { files, thread } = await picturedBundle();
    edit(files, thread);
    await resealSums(files);
    expect(await reasonsOf(files)).toContainEqual([reason, thread.files![index]!.path]);
  });

  it('still passes as a bundle made before these files were exported', async () => {
    const { files, threadPath, thread } = await picturedBundle();
    for (const file of thread.files!) files.delete(file.path);
    editText(files, threadPath, (text) => {
      const old = JSON.parse(text) as ExportedThread;
      delete old.files;
      return `${JSON.stringify(old, null, 2)}\n`;
    });
    await resealSums(files);
    expect(await reasonsOf(files)).toEqual([]);
  });

  it('passes with the images deleted under the child-abuse rule, the parts’ hashes kept sealed', async () => {
    const { zip, thread } = await picturedBundle({ imagesDeleted: true });
    expect(thread.files).toEqual([]);
    expect(thread.record.stitched).toHaveLength(1);
    const result = await verifyBundle(zip, { samePixels: samePixelsInNode });
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });
});
