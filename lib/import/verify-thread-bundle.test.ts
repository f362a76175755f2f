import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { deleteThreadScreens } from '../evidence/delete-thread-screens';
import { buildBundle } from '../export/build-bundle';
import { exportBundleManifestSchema } from '../export/bundle-format';
import { exportedThreadSchema, type ExportedThread } from '../export/thread-format';
import { sampleThread } from '../thread/testing/sample-thread';
import { z } from '../validation/zod';
import type { BundleReason } from './bundle-problem';
import { decode, editText, resealSums, zipFiles, type BundleFiles } from './testing/make-bundle';
import { verifyBundle } from './verify-bundle';

const SHIPPED = JSON.parse(readFileSync('public/schemas/temoin.posts-1.schema.json', 'utf8'));

/** A bundle of one capture and a three-message thread, unzipped into a folder. */
async function threadBundle({ screensDeleted = false } = {}) {
  const { database, threadId } = await sampleThread();
  if (screensDeleted) await deleteThreadScreens(database, threadId);
  const captureId = await storeSampleCapture(database);
  const zip = await buildBundle({
    database,
    captureIds: [captureId],
    threadIds: [threadId],
    language: 'fr',
    exportedAt: new Date('2026-11-22T12:00:00.000Z'),
    extensionVersion: '0.1.0',
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-thread-bundle-'));
  writeFileSync(path.join(folder, 'bundle.zip'), new Uint8Array(await zip.arrayBuffer()));
  execFileSync('unzip', ['-q', 'bundle.zip', '-d', 'out'], { cwd: folder });
  const out = path.join(folder, 'out');
  const files: BundleFiles = new Map();
  const walk = (at: string) => {
    for (const name of readdirSync(path.join(out, at))) {
      const relative = at ? `${at}/${name}` : name;
      if (statSync(path.join(out, relative)).isDirectory()) walk(relative);
      else files.set(relative, new Uint8Array(readFileSync(path.join(out, relative))));
    }
  };
  walk('');
  const manifest = exportBundleManifestSchema.parse(JSON.parse(decode(files.get('manifest.json'))));
  const threadPath = manifest.threads![0]!;
  const thread = exportedThreadSchema.parse(JSON.parse(decode(files.get(threadPath))));
  return { zip, out, files, threadPath, thread, threadId };
}

async function reasonsOf(files: BundleFiles): Promise<Array<[BundleReason, string | undefined]>> {
  const result = await verifyBundle(await zipFiles(files));
  return result.ok ? [] : result.problems.map(({ reason, path }) => [reason, path]);
}

const editThread = (files: BundleFiles, at: string, edit: (thread: ExportedThread) => void) =>
  editText(files, at, (text) => {
    const thread = JSON.parse(text) as ExportedThread;
    edit(thread);
    return `${JSON.stringify(thread, null, 2)}\n`;
  });

describe('threads in the export bundle', () => {
  it('carries the sealed thread, every screen byte for byte and the posts, and passes', async () => {
    const { zip, out, files, thread, threadId } = await threadBundle();
    expect(
      execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out }).toString(),
    ).toBe('');
    const listed = decode(files.get('SHA256SUMS'));
    for (const screen of thread.screens) {
      expect(listed).toContain(`${screen.description.sha256} *${screen.path}`);
    }
    expect(thread.record.id).toBe(threadId);
    expect(thread.posts.map((post) => post.order)).toEqual([0, 1, 2]);
    expect(thread.screens.map((screen) => screen.path.split('/').pop())).toEqual([
      '0000.png',
      '0001.png',
    ]);
    const posts = JSON.parse(decode(files.get('posts.json')));
    expect(z.fromJSONSchema(SHIPPED).safeParse(posts).success).toBe(true);
    expect(posts.posts).toHaveLength(4);
    expect(JSON.parse(decode(files.get('posts.schema.json')))).toEqual(SHIPPED);
    const result = await verifyBundle(zip);
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });

  it('checks by hand as its README says, with jq and sha256sum', async () => {
    const { out, threadPath, thread, files } = await threadBundle();
    expect(decode(files.get('README.txt'))).toContain('jq -jcS .record thread.json | sha256sum');
    const folder = path.join(out, path.dirname(threadPath));
    const shell = (command: string) =>
      execFileSync('sh', ['-c', command], { cwd: folder }).toString().split(' ')[0];
    expect(shell('jq -jcS .record thread.json | sha256sum')).toBe(thread.recordSha256);
    expect(shell("jq -jcS '.screens[0].description' thread.json | sha256sum")).toBe(
      thread.record.screens[0]!.sealSha256,
    );
    expect(shell('sha256sum screens/0000.png')).toBe(thread.record.screens[0]!.sha256);
  });

  it('passes with screens deleted under the child-abuse rule, their hashes kept', async () => {
    const { zip, thread } = await threadBundle({ screensDeleted: true });
    expect(thread.screens).toEqual([]);
    expect(thread.deletedScreens).toEqual(thread.record.screens);
    const result = await verifyBundle(zip);
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });

  it('names a changed screen byte', async () => {
    const { files, thread } = await threadBundle();
    const screen = thread.screens[1]!.path;
    const bytes = files.get(screen)!;
    bytes[bytes.length - 1] = bytes.at(-1)! ^ 1;
    expect(await reasonsOf(files)).toContainEqual(['file-hash-mismatch', screen]);
    await resealSums(files);
    expect(await reasonsOf(files)).toEqual([['thread-screen-hash-mismatch', screen]]);
  });

  it('names a dropped screen', async () => {
    const { files, thread } = await threadBundle();
    const screen = thread.screens[0]!.path;
    files.delete(screen);
    expect(await reasonsOf(files)).toContainEqual(['thread-screen-missing', screen]);
    await resealSums(files);
    expect(await reasonsOf(files)).toEqual([['thread-screen-missing', screen]]);
  });

  it('names an edited post: its text by SHA256SUMS, its address by the sealed key', async () => {
    const { files, threadPath } = await threadBundle();
    editThread(files, threadPath, (thread) => (thread.posts[1]!.details.text = 'rien de grave'));
    expect(await reasonsOf(files)).toEqual([['file-hash-mismatch', threadPath]]);
    editThread(files, threadPath, (thread) => {
      thread.posts[1]!.details.permalink = 'https://discord.com/channels/111/222/999';
    });
    await resealSums(files);
    expect(await reasonsOf(files)).toEqual([['thread-post-altered', threadPath]]);
  });

  it.each<[string, (thread: ExportedThread) => void, BundleReason]>([
    [
      'a post pointing to no screen',
      (thread) => (thread.posts[2]!.screenIndex = 7),
      'thread-post-screen-unknown',
    ],
    ['a post dropped', (thread) => thread.posts.pop(), 'thread-posts-mismatch'],
    [
      'the sealed record changed',
      (thread) => (thread.record.title = 'autre'),
      'thread-record-mismatch',
    ],
    [
      'a screen description changed',
      (thread) => (thread.screens[0]!.description.scrollTop = 5),
      'thread-screen-description-mismatch',
    ],
  ])('names %s, even with SHA256SUMS rewritten', async (_, edit, reason) => {
    const { files, threadPath } = await threadBundle();
    editThread(files, threadPath, edit);
    await resealSums(files);
    expect(await reasonsOf(files)).toEqual([[reason, threadPath]]);
  });

  it('names a thread file no manifest lists, and an unlisted file', async () => {
    const { files, threadPath } = await threadBundle();
    editText(files, 'manifest.json', (text) =>
      text.replace(`"${threadPath}"`, '').replace('[\n    \n  ]', '[]'),
    );
    files.set('threads/extra.txt', new Uint8Array([1]));
    await resealSums(files);
    const reasons = await reasonsOf(files);
    expect(reasons).toContainEqual(['thread-not-in-manifest', threadPath]);
    expect(reasons).toContainEqual(['unexpected-file', 'threads/extra.txt']);
  });
});
