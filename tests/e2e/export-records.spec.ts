import { readFileSync } from 'node:fs';
import { postsExportSchema } from '../../lib/export/posts-schema';
import type { EvidenceReader } from './support/evidence';
import { expect, openFixturePage, test } from './support/extension-test';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';
const POSTS = ['#post-red .text', '#post-green .text', '#post-blue .text'];

/** Every capture's custody log, as [kind, format, export id] from its first export on. */
async function exportLogs(evidence: EvidenceReader, ids: string[]) {
  return Promise.all(
    ids.map(async (id) =>
      (await evidence.custody(id))
        .filter((entry) => String(entry.kind).startsWith('export'))
        .map(({ kind, data }) => {
          const { format, exportId } = data as { format: string; exportId: string };
          return [kind, format, exportId];
        }),
    ),
  );
}

test('a cancelled export is logged as cancelled in every capture and said so; CSV and ZIP exports are logged once their file has arrived', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  for (const [index, post] of POSTS.entries()) {
    await desktop.rightClick(post);
    await desktop.chooseCapture('page');
    await expect.poll(async () => (await evidence.captures()).length).toBe(index + 1);
  }
  const ids = (await evidence.captures()).map((capture) => capture.id);
  for (const id of ids) await expect.poll(async () => (await evidence.files(id)).length).toBe(3);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByLabel('Tout sélectionner').check();

  // A slow machine: the export takes seconds, and the person cancels it as it starts.
  const cdp = await context.newCDPSession(library);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click();
  const task = library.locator('.task');
  await expect(task).toContainText(/Préparation de l’export…|\d+ \/ \d+ (preuves?|fichiers?) · /);
  await task.getByRole('button', { name: 'Annuler' }).click();
  const cancelled = library.getByRole('status').filter({ hasText: 'Export annulé' });
  await expect(cancelled).toContainText(
    'aucun fichier n’a été enregistré. Le journal de chaque preuve note l’export, puis son annulation.',
  );
  // Said as what it is: neither a success nor an error.
  await expect(cancelled).toHaveClass(/\binfo\b/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const afterCancel = await exportLogs(evidence, ids);
  for (const log of afterCancel) {
    expect(log.map(([kind, format]) => [kind, format])).toEqual([
      ['export', 'zip'],
      ['export-cancelled', 'zip'],
    ]);
    expect(log[1]![2]).toBe(log[0]![2]);
  }
  expect(new Set(afterCancel.map((log) => log[0]![2])).size).toBe(1);
  const saved = await library.evaluate(() => chrome.downloads.search({ state: 'complete' }));
  expect(saved).toEqual([]);
  await library.getByRole('button', { name: 'Fermer ce message' }).click();
  await expect(cancelled).toBeHidden();

  // CSV: logged, named, and « Export prêt » once the file is there.
  const [csvDownload] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter en CSV' }).click(),
  ]);
  await expect(library.getByRole('status').filter({ hasText: 'Export prêt' })).toContainText(
    /temoin-posts-\d{8}T\d{6}\.csv/,
  );
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF?source,id,platform,/);
  expect(csv).toContain('Message fictif numéro un');

  // JSON: one object per post, that the schema shipped with the extension accepts.
  const [jsonDownload] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter en JSON' }).click(),
  ]);
  await expect(library.getByRole('status').filter({ hasText: 'Export prêt' })).toContainText(
    /temoin-posts-\d{8}T\d{6}\.json/,
  );
  const posts = postsExportSchema.parse(
    JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')),
  ).posts;
  expect(posts.map((post) => post.id).sort()).toEqual([...ids].sort());

  const [zipDownload] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click(),
  ]);
  await expect(library.getByRole('status').filter({ hasText: 'Export prêt' })).toContainText(
    zipDownload.suggestedFilename(),
  );
  for (const log of await exportLogs(evidence, ids)) {
    expect(log.map(([kind, format]) => [kind, format])).toEqual([
      ['export', 'zip'],
      ['export-cancelled', 'zip'],
      ['export', 'csv'],
      ['export', 'json'],
      ['export', 'zip'],
    ]);
  }
});

declare const chrome: {
  downloads: { search(query: { state: string }): Promise<unknown[]> };
};
