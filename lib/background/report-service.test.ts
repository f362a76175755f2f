import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { openEvidenceDatabase } from '../evidence/database';
import { verifyCapture } from '../verification/verify-capture';
import type { ReportAnswers } from '../reporting/report-answers';
import { saveReporterIdentity } from '../settings/reporter-identity';
import { planForTab } from './form-tabs';
import { createReportService } from './report-service';

const answers: ReportAnswers = {
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'victim',
  minorInvolved: 'no',
  immediateDanger: false,
  scam: false,
};

describe('report service', () => {
  let database: ReturnType<typeof openEvidenceDatabase>;
  let service: ReturnType<typeof createReportService>;
  let captureId: string;
  const contains = vi.fn(() => Promise.resolve(true));

  beforeEach(async () => {
    fakeBrowser.reset();
    Object.assign(browser.permissions, { contains });
    contains.mockResolvedValue(true);
    database = openEvidenceDatabase(`report-${crypto.randomUUID()}`);
    service = createReportService(database, () => 'fr');
    captureId = await storeSampleCapture(database, {
      post: {
        platform: 'reddit',
        extractor: 'reddit',
        kind: 'comment',
        permalink: 'https://www.reddit.com/r/exemple/comments/abc/_/c1/',
        authorHandle: 'u/troll_fictif',
        text: 'On va te retrouver.',
        published: { kind: 'absolute', at: '2026-11-21T20:00:00.000Z' },
        mediaUrls: [],
        missing: [],
      },
    });
  });
  afterEach(async () => {
    await database.delete();
  });

  it('records the category and the report beside the capture, which stays intact', async () => {
    await service.recordCategory({ captureIds: [captureId], categoryId: 'threats-or-violence' });
    await service.recordReport({ captureIds: [captureId], channelId: 'pharos', note: 'n° 42' });
    expect(await database.annotations.get(captureId)).toMatchObject({
      category: { categoryId: 'threats-or-violence' },
      reports: [{ channelId: 'pharos', note: 'n° 42' }],
    });
    expect((await verifyCapture(database, captureId)).intact).toBe(true);
  });

  it('deletes the images on request and says how many', async () => {
    expect(await service.deleteImages({ captureIds: [captureId] })).toEqual({ deletedFiles: 2 });
    expect(await database.files.where('captureId').equals(captureId).count()).toBe(0);
  });

  it('opens PHAROS with a plan made from the capture, the identity only when allowed', async () => {
    await saveReporterIdentity({
      lastName: 'Martin',
      firstName: 'Léa',
      email: 'lea@exemple.fr',
      useInForms: false,
    });
    const opened = await service.openForm({ form: 'pharos', captureIds: [captureId], answers }, {});
    expect(opened.status).toBe('opened');
    const tabId = opened.status === 'opened' ? opened.tabId : -1;
    const found = await planForTab(tabId, 'https://www.internet-signalement.gouv.fr/PharosS1/');
    const values = Object.fromEntries(found!.plan.values.map((value) => [value.key, value.value]));
    expect(values).toMatchObject({
      category: 'Menaces ou incitation à la violence',
      isVictim: 'Oui',
      url: 'https://www.reddit.com/r/exemple/comments/abc/_/c1/',
      publishedDate: '2026-11-21',
      publishedTime: '21:00',
      observedDate: '2026-11-22',
      observedTime: '09:00',
      whereSeen: 'Réseau social',
    });
    expect(values.description).toContain('u/troll_fictif');
    expect(values).not.toHaveProperty('lastName');
  });

  it('opens nothing without the permission for the form’s site', async () => {
    contains.mockResolvedValue(false);
    const before = (await browser.tabs.query({})).length;
    expect(
      await service.openForm({ form: 'pharos', captureIds: [captureId], answers }, {}),
    ).toEqual({ status: 'no-permission' });
    expect(await browser.tabs.query({})).toHaveLength(before);
  });
});
