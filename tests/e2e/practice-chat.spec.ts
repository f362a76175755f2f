import { EvidenceReader } from './support/evidence';
import { expect, test } from './support/extension-test';
import { decodePng } from './support/pictures';

const LINE = '.chat-line__message[data-a-user="raid_fictif_01"]';

test('the practice page follows the interface language, and a chat line is read by Twitch’s extractor and cropped as one line with its author', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  test.setTimeout(120_000);
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await settings.close();

  const practice = await EvidenceReader.open(context, extensionId, 'temoin-practice');
  await page.goto(`chrome-extension://${extensionId}/practice.html?scenario=raid`);
  await page.bringToFront();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice space');
  await expect(page.locator(LINE)).toContainText('there are 200 of us coming for you tonight');

  await desktop.rightClick(`${LINE} [data-a-target="chat-line-message-body"]`);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await practice.captures()).length).toBe(1);
  const [exercise] = await practice.captures();
  expect(exercise!.metadata.post).toMatchObject({
    platform: 'twitch',
    extractor: 'twitch',
    text: expect.stringContaining('there are 200 of us coming for you tonight'),
  });
  expect(
    [exercise!.metadata.post?.authorHandle, exercise!.metadata.post?.authorName].join(' '),
  ).toContain('raid_fictif_01');

  // The crop is that line, author included, and not its neighbours: one line's height.
  const box = (await page.locator(LINE).boundingBox())!;
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  const files = await practice.files(exercise!.id);
  const crop = decodePng(files.find((file) => file.role === 'post-crop')!.bytes);
  expect(Math.abs(crop.height - box.height * ratio)).toBeLessThanOrEqual(2 * ratio);
  expect(box.height).toBeLessThan(80);
  await expect(page.locator(`[data-practice-capture="${exercise!.id}"]`)).toContainText(
    'Practice · raid_fictif_01 · ',
  );
});
