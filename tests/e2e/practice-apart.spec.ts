import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closedShadowText } from './support/closed-shadow';
import { EvidenceReader } from './support/evidence';
import { expect, openFixturePage, test } from './support/extension-test';

const X_FIXTURE = path.resolve('tests/fixtures/sites/x/home-timeline');
const X_EXPECTED = JSON.parse(readFileSync(`${X_FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string }>;
};
/** The threat scenario's post, on X, in the practice space. */
const PRACTICE_POST = '[data-post="1900000000000000101"] [data-testid="tweetText"]';

// The worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

test('a practice capture is named « Exercice », kept apart from the evidence everywhere, and cleared in one click', async ({
  context,
  extensionId,
  page,
  worker,
  desktop,
}) => {
  test.setTimeout(180_000);
  // One real capture first, so every place that shows evidence has something to show.
  const evidence = await openFixturePage(
    { context, extensionId, page },
    X_EXPECTED.url,
    `${X_FIXTURE}.html`,
  );
  await desktop.rightClick(X_EXPECTED.posts[0]!.target);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [real] = await evidence.captures();

  const practice = await EvidenceReader.open(context, extensionId, 'temoin-practice');
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.bringToFront();
  await desktop.rightClick(PRACTICE_POST);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await practice.captures()).length).toBe(1);
  const [exercise] = await practice.captures();
  expect(exercise!.metadata.post?.platform).toBe('x');
  expect((await evidence.captures()).map((capture) => capture.id)).toEqual([real!.id]);

  // Named « Exercice » in the confirmation and in the practice space, never by the extension.
  await expect.poll(() => closedShadowText(page)).toMatch(/Exercice · @bavard_fictif/);
  expect(await closedShadowText(page)).not.toContain(extensionId);
  const listed = page.locator(`[data-practice-capture="${exercise!.id}"]`);
  await expect(listed).toContainText('EXERCICE');
  await expect(listed).toContainText('Exercice · @bavard_fictif · « ');

  // The badge counts the evidence only.
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

  // The popup lists the evidence, and counts the exercises apart, marked.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('[data-capture-id]')).toHaveCount(1);
  await expect(popup.locator(`[data-capture-id="${exercise!.id}"]`)).toHaveCount(0);
  const notice = popup.getByRole('region', { name: /1 capture d’exercice/ });
  await expect(notice).toContainText('EXERCICE');
  // The last outcome says it was an exercise, and can be dismissed for good.
  await expect(popup.getByText('Capture d’exercice enregistrée')).toBeVisible();
  await popup.getByRole('button', { name: 'Fermer ce message' }).click();
  await popup.reload();
  await expect(popup.locator('[data-capture-id]')).toHaveCount(1);
  await expect(popup.getByText('Capture d’exercice enregistrée')).toBeHidden();

  // The library, its statistics and its export hold the real capture only.
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.capture-row')).toHaveCount(1);
  await expect(library.locator('.library-results')).not.toContainText('Exercice');
  await library.getByRole('button', { name: 'Statistiques' }).click();
  await expect(
    library.getByRole('figure', { name: 'Par plateforme' }).getByRole('img'),
  ).toHaveAttribute('aria-label', /: 1$/);
  await library.getByRole('button', { name: 'Liste' }).click();
  await library.getByLabel('Tout sélectionner').check();
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click(),
  ]);
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-e2e-practice-'));
  const zip = path.join(folder, download.suggestedFilename());
  await download.saveAs(zip);
  execFileSync('unzip', ['-q', zip, '-d', path.join(folder, 'out')]);
  const manifest = JSON.parse(readFileSync(path.join(folder, 'out', 'manifest.json'), 'utf8'));
  expect(manifest.captures).toHaveLength(1);
  const everyFile = readdirSync(path.join(folder, 'out'), { recursive: true }).join('\n');
  expect(everyFile).not.toContain(exercise!.id);
  for (const metadataPath of manifest.captures as string[])
    expect(readFileSync(path.join(folder, 'out', metadataPath), 'utf8')).not.toContain(
      exercise!.id,
    );

  // The report page cannot open it, nor offer it among the other captures.
  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/report.html#captures=${real!.id}`);
  await expect(report.getByRole('button', { name: 'Voir où signaler' })).toBeVisible();
  await expect(report.locator(`#add-${exercise!.id}`)).toHaveCount(0);
  await expect(report.locator('body')).not.toContainText('Exercice');

  // One click in the popup clears the exercises; the evidence stays.
  await popup.bringToFront();
  await notice.getByRole('button', { name: 'Effacer les exercices' }).click();
  await expect.poll(async () => (await practice.captures()).length).toBe(0);
  await expect(notice).toHaveCount(0);
  expect((await evidence.captures()).map((capture) => capture.id)).toEqual([real!.id]);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});
