import { PNG } from 'pngjs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openEvidenceDatabase } from '../evidence/database';
import { verifyCapture } from '../verification/verify-capture';
import { captureTab, type CaptureContext } from './capture-tab';
import { createSpacedQueue } from './spaced-queue';

const PNG_DATA_URL = `data:image/png;base64,${PNG.sync.write(new PNG({ width: 8, height: 6 })).toString('base64')}`;

describe('captureTab', () => {
  let context: CaptureContext;
  let tabId: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    context = {
      database: openEvidenceDatabase(`capture-${crypto.randomUUID()}`),
      practiceDatabase: openEvidenceDatabase(`practice-${crypto.randomUUID()}`),
      queue: createSpacedQueue({ spacingMs: 0 }),
      ownOrigin: 'chrome-extension://temoin/',
      environment: async () => ({
        browserName: 'Chromium',
        browserVersion: '156.0',
        userAgent: 'test',
        extensionVersion: '0.1.0',
      }),
      fileAccessAllowed: async () => false,
      screenshot: async () => PNG_DATA_URL,
    };
    tabId = (await fakeBrowser.tabs.create({ url: 'https://forum.exemple.test/fil', active: true }))
      .id!;
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await context.database.delete();
    await context.practiceDatabase.delete();
  });

  const request = () => ({ trigger: 'shortcut' as const, tabId, requestedAt: new Date() });
  const stored = async () => [
    await context.database.captures.count(),
    await context.database.files.count(),
  ];

  it('stores the screenshot and its sealed record, when no page agent answers', async () => {
    const result = await captureTab(request(), context);
    expect(result.crop).toBe('no-post-found');
    expect(await stored()).toEqual([1, 1]);
    const record = await context.database.captures.get(result.captureId);
    expect(record?.metadata).toMatchObject({
      trigger: 'shortcut',
      page: { url: 'https://forum.exemple.test/fil' },
      files: [{ role: 'page-screenshot', width: 8, height: 6, mimeType: 'image/png' }],
    });
    expect((await verifyCapture(context.database, result.captureId)).intact).toBe(true);
  });

  it.each([
    ['chrome://settings/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'extension-store'],
    ['file:///home/victime/page.html', 'file-access-denied'],
  ])('refuses %s with %s and stores nothing', async (url, reason) => {
    await fakeBrowser.tabs.update(tabId, { url });
    await expect(captureTab(request(), context)).rejects.toMatchObject({ reason });
    expect(await stored()).toEqual([0, 0]);
  });

  it('stores nothing when the page changed before the shot', async () => {
    context.screenshot = async () => {
      await fakeBrowser.tabs.update(tabId, { url: 'https://forum.exemple.test/autre' });
      return PNG_DATA_URL;
    };
    await expect(captureTab(request(), context)).rejects.toMatchObject({
      reason: 'page-navigated',
    });
    expect(await stored()).toEqual([0, 0]);
  });

  it('stores nothing when the tab was closed before the shot', async () => {
    context.screenshot = async () => {
      // As Chrome answers for a closed tab (the fake's tabs.remove cannot close one).
      vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error(`No tab with id: ${tabId}.`));
      return PNG_DATA_URL;
    };
    await expect(captureTab(request(), context)).rejects.toMatchObject({ reason: 'tab-closed' });
    expect(await stored()).toEqual([0, 0]);
  });

  it('stores nothing, and says why, when the disk is full', async () => {
    context.database.captures.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(captureTab(request(), context)).rejects.toThrow(/quota/i);
    expect(await stored()).toEqual([0, 0]);
  });

  const counts = async (database: CaptureContext['database']) => [
    await database.captures.count(),
    await database.files.count(),
  ];

  it.each([
    ['the practice page', 'chrome-extension://temoin/practice.html', true],
    ['the training form', 'chrome-extension://temoin/training-form.html#capture=1', true],
    ['a site whose page says it is practice', 'https://x.com/practice.html?exercice=1', false],
    [
      'a site naming the extension in its address',
      'https://x.com/?chrome-extension://temoin/',
      false,
    ],
  ])('a capture of %s is practice: %s', async (_name, url, practice) => {
    await fakeBrowser.tabs.update(tabId, { url });
    const result = await captureTab(request(), context);
    expect(result.practice).toBe(practice);
    const [wanted, other] = practice
      ? [context.practiceDatabase, context.database]
      : [context.database, context.practiceDatabase];
    expect(await counts(wanted)).toEqual([1, 1]);
    expect(await counts(other)).toEqual([0, 0]);
  });

  it('stores nothing anywhere when the page leaves the practice page before the shot', async () => {
    await fakeBrowser.tabs.update(tabId, { url: 'chrome-extension://temoin/practice.html' });
    context.screenshot = async () => {
      await fakeBrowser.tabs.update(tabId, { url: 'https://x.com/home' });
      return PNG_DATA_URL;
    };
    await expect(captureTab(request(), context)).rejects.toMatchObject({
      reason: 'page-navigated',
    });
    expect([
      ...(await counts(context.database)),
      ...(await counts(context.practiceDatabase)),
    ]).toEqual([0, 0, 0, 0]);
  });
});
