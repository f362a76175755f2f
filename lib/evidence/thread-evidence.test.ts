import { buildPharosPlan } from '../pharos/pharos-plan';
import { composePlatformNotice } from '../reporting/platform-notice';
import type { ReportAnswers } from '../reporting/report-answers';
import { SAMPLE_POSTS, sampleThread } from '../thread/testing/sample-thread';
import { picturedThread } from '../thread/testing/pictured-thread';
import { deleteThreadScreens } from './delete-thread-screens';
import { readThreadEvidence, threadEvidenceItems } from './thread-evidence';

const ANSWERS: ReportAnswers = {
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'witness',
  minorInvolved: 'no',
  immediateDanger: false,
  scam: false,
  platform: 'discord',
};

async function threeMessages() {
  const { database, threadId } = await sampleThread();
  const evidence = (await readThreadEvidence(database, threadId))!;
  return { database, threadId, items: threadEvidenceItems(evidence, 'Europe/Paris') };
}

describe('a thread as a report’s evidence', () => {
  it('gives each post in order with its message link, author, times and screen hash', async () => {
    const { items, threadId } = await threeMessages();
    expect(items.map((item) => item.postUrl)).toEqual(SAMPLE_POSTS.map((post) => post.permalink));
    expect(items.map((item) => item.authorHandle)).toEqual(['raideur1', 'raideur2', 'raideur1']);
    expect(items.map((item) => item.capturedAt)).toEqual([
      '2026-11-21T08:05:00.000Z',
      '2026-11-21T08:05:00.000Z',
      '2026-11-21T08:05:01.000Z',
    ]);
    expect(items.every((item) => item.threadId === threadId)).toBe(true);
    expect(items.every((item) => /^[0-9a-f]{64}$/.test(item.screenshotSha256!))).toBe(true);
    expect(items[0]!.siteLabel).toBe('Discord');
  });

  it.each(['fr', 'en'] as const)(
    'lists every address with its author and time in the DSA notice (%s)',
    async (locale) => {
      const { items } = await threeMessages();
      const { body } = composePlatformNotice({ answers: ANSWERS, items, locale });
      for (const post of SAMPLE_POSTS) {
        const entry = body.slice(
          body.indexOf(post.permalink!) - 200,
          body.indexOf(post.permalink!),
        );
        expect(entry).toContain(post.authorHandle);
        expect(body).toContain(post.permalink);
      }
      expect(body).toContain(locale === 'fr' ? '22:40 (heure locale' : '22:40 (local time');
      expect(body).toMatch(/3 (éléments|items)/);
    },
  );

  it('makes one PHAROS plan: the thread’s address, every post in the description', async () => {
    const { items } = await threeMessages();
    const plan = buildPharosPlan({
      answers: ANSWERS,
      items,
      identity: null,
      locale: 'fr',
      address: 'https://discord.com/channels/111/222',
    });
    const value = (key: string) => plan.values.find((planned) => planned.key === key)?.value;
    expect(value('url')).toBe('https://discord.com/channels/111/222');
    const description = value('description')!;
    expect(description).toMatch(/^3 contenus signalés ensemble/);
    for (const post of SAMPLE_POSTS) expect(description).toContain(post.permalink);
  });

  it('deletes a thread’s screens for child sexual abuse, keeping its posts', async () => {
    const { database, threadId } = await threeMessages();
    expect(await deleteThreadScreens(database, threadId)).toBe(2);
    const evidence = (await readThreadEvidence(database, threadId))!;
    expect(evidence.screens).toEqual([]);
    expect(evidence.posts).toHaveLength(3);
    expect(evidence.thread.seal?.screens).toHaveLength(2);
  });

  it('deletes the pictures made from the screens too: the stitched parts and the crops', async () => {
    const { database, id } = await picturedThread();
    expect(await deleteThreadScreens(database, id)).toBe(5);
    expect(await database.threadScreens.count()).toBe(0);
    expect(await database.threadFiles.count()).toBe(0);
    expect(await database.threadPosts.count()).toBe(2);
    expect((await database.threads.get(id))!.seal?.stitched).toHaveLength(1);
  });
});
