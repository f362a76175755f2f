import type { BrowserContext, Locator } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, openFixturePage, serveFixture, test } from './support/extension-test';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';
const FORUM_URL = 'https://forum.exemple.test/discussion/1';

/** The picture has really been decoded and drawn: the browser knows its pixel size. */
async function expectDrawn(image: Locator) {
  await expect
    .poll(() =>
      image.evaluate((picture: HTMLImageElement) => picture.complete && picture.naturalWidth),
    )
    .toBeGreaterThan(0);
}

/**
 * Every picture of a capture, in each place it is shown: the popup's detail, the library's
 * detail and its viewer, and the grid's card.
 */
async function expectPicturesEverywhere(
  context: BrowserContext,
  extensionId: string,
  captureId: string,
  cropped: boolean,
) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#capture=${captureId}`);
  const popupPictures = popup.locator('img.picture');
  await expect(popupPictures).toHaveCount(cropped ? 2 : 1);
  for (const picture of await popupPictures.all()) await expectDrawn(picture);
  await expectDrawn(popup.locator('img.picture[data-role="page-screenshot"]'));
  await popup.close();

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator(`.capture-row[data-capture-id="${captureId}"] .open`).click();
  const detail = library.locator('.library-detail');
  await expect(detail.locator('img.picture')).toHaveCount(cropped ? 2 : 1);
  for (const picture of await detail.locator('img.picture').all()) await expectDrawn(picture);
  await detail.getByRole('button', { name: 'Agrandir : Capture de la page' }).click();
  await expectDrawn(library.getByRole('dialog').getByRole('img'));
  await library.keyboard.press('Escape');
  await library.getByRole('button', { name: 'Grille' }).click();
  await expectDrawn(library.locator(`.grid-card [data-capture-id="${captureId}"] img`));
  await library.close();
}

test('every kind of capture shows its pictures in the popup, the library, the grid and the viewer, imported too', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  test.setTimeout(180_000);
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  const count = (expected: number) =>
    expect.poll(async () => (await evidence.captures()).length).toBe(expected);

  await desktop.rightClick('#post-green .text');
  await desktop.chooseCapture('page');
  await count(1);
  await desktop.press('alt+shift+d');
  await count(2);
  await desktop.openPopup();
  await desktop.press('Tab', 'Return');
  await count(3);
  // A site Témoin may not read: the menu capture has no post to crop.
  await serveFixture(context, FORUM_URL, 'forum.html');
  await page.goto(FORUM_URL);
  await page.bringToFront();
  await desktop.rightClick('#message-2 p');
  await desktop.chooseCapture('page');
  await count(4);

  const captures = (await evidence.captures()).sort((a, b) =>
    a.capturedAt.localeCompare(b.capturedAt),
  );
  const kinds = captures.map(({ metadata }) => [metadata.trigger, metadata.target.crop]);
  expect(kinds).toEqual([
    ['context-menu', 'cropped'],
    ['shortcut', 'no-post-found'],
    ['popup', 'no-post-found'],
    ['context-menu', 'site-not-enabled'],
  ]);
  for (const capture of captures) {
    await expect.poll(async () => (await evidence.files(capture.id)).length).toBeGreaterThan(1);
    await expectPicturesEverywhere(
      context,
      extensionId,
      capture.id,
      capture.metadata.target.crop === 'cropped',
    );
  }

  // The same captures exported, everything erased, and the bundle imported back.
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByLabel('Tout sélectionner').check();
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Exporter (ZIP vérifiable)' }).click(),
  ]);
  const zip = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-e2e-pictures-')), 'export.zip');
  await download.saveAs(zip);
  await expect(library.getByRole('status').filter({ hasText: 'Export prêt' })).toBeVisible();
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByRole('button', { name: 'Tout effacer…' }).click();
  await settings.getByLabel(/Pour confirmer, tapez/).fill('effacer');
  await settings.getByRole('button', { name: 'Tout effacer définitivement' }).click();
  await expect(settings.getByText('Tout a été effacé.')).toBeVisible();
  await settings.close();
  await library.reload();
  await library.locator('input[type="file"]').setInputFiles(zip);
  await library.getByRole('button', { name: 'Importer 4 preuves dans la bibliothèque' }).click();
  await expect(library.locator('[data-import="done"]')).toContainText('4 preuves importées');
  await library.close();
  for (const capture of captures) {
    expect((await evidence.custody(capture.id)).at(-1)).toMatchObject({ kind: 'imported' });
    await expectPicturesEverywhere(
      context,
      extensionId,
      capture.id,
      capture.metadata.target.crop === 'cropped',
    );
  }
});
