import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EvidenceReader } from './support/evidence';
import { expect, serveFixture, test } from './support/extension-test';
import { decodePng, pixelAt, sameRegion } from './support/pictures';

const WATCH_URL = 'https://www.youtube.com/watch?v=Lea0Ferme42';
const CHAT = JSON.parse(
  readFileSync(path.resolve('tests/fixtures/sites/youtube/live-chat-frame.expected.json'), 'utf8'),
) as { url: string; posts: Array<{ target: string; containerSelector: string }> };
/** The avatar of the right-clicked chat line, a solid disc (#d08770) in the fixture. */
const AVATAR = [0xd0, 0x87, 0x70];

test('a live chat message right-clicked in its frame is stored with its author, channel, time and crop', async ({
  context,
  extensionId,
  page,
  desktop,
}, testInfo) => {
  const evidence = await EvidenceReader.open(context, extensionId);
  await serveFixture(context, WATCH_URL, 'youtube-watch-live.html');
  await serveFixture(
    context,
    CHAT.url,
    path.resolve('tests/fixtures/sites/youtube/live-chat-frame.html'),
  );
  await page.goto(WATCH_URL);
  await page.bringToFront();
  const chat = page.frameLocator('#chatframe');
  const [message] = CHAT.posts;
  const line = chat.locator(message!.containerSelector);

  desktop.rightClickAt(await desktop.screenPointOf(chat.locator(message!.target)));
  desktop.screenshot(testInfo.outputPath('native-menu-in-frame.png'));
  await desktop.chooseCapture('frame');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);

  const [capture] = await evidence.captures();
  const { metadata } = capture!;
  expect(metadata).toMatchObject({
    menuContext: 'frame',
    // The page is the watch page; the frame is named beside it.
    page: { url: WATCH_URL, title: 'Dernière zone de la ferme 🌱 - YouTube', frameUrl: CHAT.url },
    target: { crop: 'cropped', element: { recognizedBy: 'extractor:youtube' } },
    post: {
      platform: 'youtube',
      kind: 'chat-message',
      authorHandle: '@Troll_du_93',
      authorUrl: 'https://www.youtube.com/@Troll_du_93',
      text: '@LeaPixelle personne te regarde pour ton gameplay, arrête tout 🤡',
      // Read from the watch page around the frame: the frame's address names no video.
      channel: '@LeaPixelle',
      parentId: 'Lea0Ferme42',
      parentPermalink: WATCH_URL,
      published: { kind: 'range', label: '3:52 PM' },
    },
  });

  // The crop is the chat line, cut from the top-level screenshot where the line is shown:
  // shifted by the frame's place, border and padding.
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  const box = (await line.boundingBox())!;
  const files = await evidence.files(capture!.id);
  const crop = decodePng(files.find((file) => file.role === 'post-crop')!.bytes);
  const screenshot = decodePng(files.find((file) => file.role === 'page-screenshot')!.bytes);
  const area = metadata.target.cropArea!;
  expect(Math.abs(area.x - box.x * ratio)).toBeLessThanOrEqual(ratio);
  expect(Math.abs(area.y - box.y * ratio)).toBeLessThanOrEqual(ratio);
  expect(Math.abs(crop.width - box.width * ratio)).toBeLessThanOrEqual(2 * ratio);
  expect(Math.abs(crop.height - box.height * ratio)).toBeLessThanOrEqual(2 * ratio);
  expect(sameRegion(crop, screenshot, area.x, area.y)).toBe(true);
  const avatar = (await line.locator('#author-photo img').boundingBox())!;
  expect(
    pixelAt(
      crop,
      (avatar.x - box.x + avatar.width / 2) * ratio,
      (avatar.y - box.y + avatar.height / 2) * ratio,
    ),
  ).toEqual(AVATAR);
});
