import { canonicalJson } from '../../lib/evidence/canonical-json';
import { EvidenceReader } from './support/evidence';
import { expect, openFixturePage, stopServiceWorker, test } from './support/extension-test';
import { decodePng, pixelAt, sameRegion, sha256 } from './support/pictures';
import { xdotoolKeys } from './support/shortcut-keys';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';

test('a right-click on a post through the native menu keeps it as verifiable evidence', async ({
  context,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  const post = page.locator('#post-red');
  const box = (await post.boundingBox())!;
  const ratio = await page.evaluate(() => window.devicePixelRatio);

  await desktop.rightClick('#post-red .text');
  desktop.screenshot(testInfo.outputPath('native-menu.png'));
  await desktop.chooseCapture('page');

  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();
  const { metadata } = capture!;
  expect(metadata).toMatchObject({
    schema: 'temoin.capture/1',
    trigger: 'context-menu',
    menuContext: 'page',
    page: {
      url: FEED_URL,
      canonicalUrl: 'https://www.reddit.com/r/temoin_fixture/',
      title: 'Fil fictif · tests Témoin',
      language: 'fr',
      devicePixelRatio: ratio,
    },
    target: { crop: 'cropped', element: { tagName: 'article', recognizedBy: 'article' } },
    time: { source: 'device-clock' },
  });
  expect(metadata.time.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(metadata.time.utcOffset).toMatch(/^[+-]\d\d:\d\d$/);
  expect(metadata.environment.browserVersion).toMatch(/^\d+\./);
  expect(metadata.environment.extensionVersion).toBe('0.1.0');
  expect(capture!.metadataSha256).toBe(sha256(canonicalJson(metadata)));

  const files = await evidence.files(capture!.id);
  expect(files.map((file) => file.role).sort()).toEqual([
    'page-screenshot',
    'post-crop',
    'thumbnail',
  ]);
  for (const file of files) expect(sha256(file.bytes)).toBe(file.sha256);
  // The browser's screenshot is sealed in the metadata with the post's place in it; the crop
  // and the thumbnail are made from it, each with its own hash.
  const original = files.find((file) => file.role === 'page-screenshot')!;
  expect(metadata.files).toEqual([
    expect.objectContaining({ role: 'page-screenshot', sha256: original.sha256 }),
  ]);
  expect(files.find((file) => file.role === 'post-crop')).toMatchObject({
    derivedFrom: 'page-screenshot',
  });

  const crop = decodePng(files.find((file) => file.role === 'post-crop')!.bytes);
  const screenshot = decodePng(files.find((file) => file.role === 'page-screenshot')!.bytes);
  expect(Math.abs(crop.width - box.width * ratio)).toBeLessThanOrEqual(2 * ratio);
  expect(Math.abs(crop.height - box.height * ratio)).toBeLessThanOrEqual(2 * ratio);
  expect(pixelAt(crop, 4, crop.height - 4)).toEqual([200, 30, 30]);
  expect(pixelAt(crop, crop.width - 4, 4)).toEqual([200, 30, 30]);
  expect(sameRegion(crop, screenshot, Math.round(box.x * ratio), Math.round(box.y * ratio))).toBe(
    true,
  );
  const area = metadata.target.cropArea!;
  expect([area.width, area.height]).toEqual([crop.width, crop.height]);
  expect(sameRegion(crop, screenshot, area.x, area.y)).toBe(true);
  await evidence.close();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Named by its site, author and words, and its time labelled as the capture's.
  const row = popup.getByRole('button', { name: /troll_fictif · « Message fictif numéro un/ });
  await expect(row).toContainText(/Capturé le /);
  await row.click();
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('troll_fictif');
  await expect(popup.locator('[data-hash-of="post-crop"]')).toContainText(
    files.find((file) => file.role === 'post-crop')!.sha256,
  );
  await popup.getByRole('button', { name: 'Vérifier' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Intacte' })).toBeVisible();
  await expect(popup.getByText('exactement les pixels de la capture')).toBeVisible();
  await popup.screenshot({ path: testInfo.outputPath('popup-detail.png'), fullPage: true });
});

test('on a site Témoin does not know, it captures through activeTab and finds a right-clicked link', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const url = 'https://forum.exemple.test/discussion/1';
  const evidence = await openFixturePage({ context, extensionId, page }, url, 'forum.html');

  // No script ran before this first click: the visible page is kept, and the crop offered.
  await desktop.rightClick('#message-2 p');
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);

  // A link is found by its address, so its post is cropped.
  await desktop.rightClick('#message-1 a');
  await desktop.chooseCapture('link');
  await expect.poll(async () => (await evidence.captures()).length).toBe(2);

  const [first, second] = (await evidence.captures()).sort((a, b) =>
    a.capturedAt.localeCompare(b.capturedAt),
  );
  expect(first!.metadata.target.crop).toBe('site-not-enabled');
  expect((await evidence.files(first!.id)).map((file) => file.role).sort()).toEqual([
    'page-screenshot',
    'thumbnail',
  ]);
  expect(second!.metadata).toMatchObject({
    menuContext: 'link',
    target: {
      linkUrl: 'https://exemple.invalid/doxx',
      crop: 'cropped',
      element: { recognizedBy: 'class-name' },
    },
  });
});

test('a page the browser forbids shows why, and nothing is stored', async ({
  context,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  const evidence = await EvidenceReader.open(context, extensionId);
  await page.goto('chrome://version');
  await page.bringToFront();
  // Extensions get no menu item on browser pages: the user reaches for the shortcut.
  await desktop.press(xdotoolKeys('capture-tab'));
  await page.waitForTimeout(1500);
  desktop.screenshot(testInfo.outputPath('forbidden-page.png'));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const alert = popup.getByRole('alert');
  await expect(alert).toHaveAttribute('data-failure', 'browser-page');
  await expect(alert).toContainText('pages internes');
  expect(await evidence.captures()).toHaveLength(0);
});

test('twenty right-clicks in a burst give twenty complete records', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  const posts = ['#post-red .text', '#post-green strong', '#post-blue .text', '#comment-yellow'];

  const points = [];
  for (const post of posts) points.push(await desktop.screenPoint(post));

  // As fast as a person can: twenty right-clicks and menu choices within five seconds.
  const started = Date.now();
  for (let index = 0; index < 20; index += 1) {
    desktop.captureByMenuAt(points[index % points.length]!);
  }
  const burstSeconds = (Date.now() - started) / 1000;
  test
    .info()
    .annotations.push({ type: 'burst', description: `20 captures asked in ${burstSeconds} s` });
  expect(burstSeconds).toBeLessThanOrEqual(5);

  await expect.poll(async () => (await evidence.captures()).length, { timeout: 30_000 }).toBe(20);
  const captures = await evidence.captures();
  for (const capture of captures) {
    const files = await evidence.files(capture.id);
    expect(files.map((file) => file.role)).toContain('page-screenshot');
    expect(files.map((file) => file.role)).toContain('post-crop');
    for (const file of files) expect(sha256(file.bytes)).toBe(file.sha256);
  }
  const recognized = captures.map((capture) => capture.metadata.target.element?.recognizedBy);
  expect(recognized.filter((rule) => rule === 'role=comment')).toHaveLength(5);
});

test('a tab closed while captures wait leaves only whole records', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  for (let index = 0; index < 6; index += 1) {
    await desktop.rightClick('#post-blue .text');
    await desktop.chooseCapture('page');
  }
  await page.close();
  await evidence.page.bringToFront();
  await expect(evidence.page.getByRole('alert')).toHaveAttribute(
    'data-failure',
    /tab-closed|tab-hidden/,
  );

  const captures = await evidence.captures();
  expect(captures.length).toBeLessThan(6);
  for (const capture of captures) {
    const roles = (await evidence.files(capture.id)).map((file) => file.role);
    for (const described of capture.metadata.files) expect(roles).toContain(described.role);
  }
  expect(await evidence.orphanFiles()).toEqual([]);
});

test('a service worker stopped between captures, or in the middle of a burst, loses nothing stored', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  const evidence = await openFixturePage({ context, extensionId, page }, FEED_URL, 'feed.html');
  await desktop.rightClick('#post-red .text');
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);

  // Stopped while idle: the next menu click starts it again and the capture goes through.
  await stopServiceWorker(context);
  await desktop.rightClick('#post-green strong');
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(2);

  // Stopped in the middle of a burst: what was stored is whole, nothing is half-written.
  const point = await desktop.screenPoint('#post-blue .text');
  for (let index = 0; index < 5; index += 1) desktop.captureByMenuAt(point);
  await stopServiceWorker(context);
  await page.waitForTimeout(1500);
  const captures = await evidence.captures();
  expect(captures.length).toBeGreaterThanOrEqual(2);
  test.info().annotations.push({
    type: 'stopped burst',
    description: `${captures.length - 2} of 5 burst captures stored before the worker stopped`,
  });
  for (const capture of captures) {
    const files = await evidence.files(capture.id);
    for (const described of capture.metadata.files) {
      const file = files.find((candidate) => candidate.role === described.role);
      expect(sha256(file!.bytes)).toBe(described.sha256);
    }
  }
  expect(await evidence.orphanFiles()).toEqual([]);

  // Opening the popup starts the worker again, and it says what was lost.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('alert')).toHaveAttribute('data-failure', 'interrupted');
  await page.bringToFront();

  // And it still works afterwards.
  const before = captures.length;
  await desktop.rightClick('#post-red .text');
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(before + 1);
});
