import { openEvidenceDatabase, type EvidenceDatabase } from '../../evidence/database';
import type { PostDetails } from '../../sites/post-details';
import { openThread, sealThread, storeScreen } from '../thread-store';

const CHANNEL = 'https://discord.com/channels/111/222';

/** Three messages of a Discord channel, as the extractor reads them: links, authors, times. */
export const SAMPLE_POSTS: PostDetails[] = [
  ['333', 'Raideur Un', 'raideur1', '2026-11-20T21:40:00.000Z', 'Tu vas le regretter.'],
  [
    '334',
    'Raideur Deux',
    'raideur2',
    '2026-11-20T21:41:30.000Z',
    '=HYPERLINK("x") on sait où tu es',
  ],
  ['335', 'Raideur Un', 'raideur1', '2026-11-20T21:42:05.000Z', 'Ferme ta chaîne, « ou sinon ».'],
].map(([id, name, handle, at, text]) => ({
  platform: 'discord',
  extractor: 'discord',
  kind: 'chat-message' as const,
  postId: id,
  permalink: `${CHANNEL}/${id}`,
  authorName: name,
  authorHandle: handle,
  authorUrl: `https://discord.com/users/${handle}`,
  text,
  published: { kind: 'absolute' as const, at: at! },
  mediaUrls: [],
  missing: [],
}));

/** A tiny PNG-like screen: its bytes only need to be bytes, kept as they are. */
function screenBlob(index: number): Blob {
  return new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, index])], {
    type: 'image/png',
  });
}

/**
 * A sealed thread of three Discord messages over two screens, in a fresh database: what the
 * reports, exports and bundle checks are tested on.
 */
export async function sampleThread(
  database: EvidenceDatabase = openEvidenceDatabase(`thread-${crypto.randomUUID()}`),
): Promise<{ database: EvidenceDatabase; threadId: string }> {
  const threadId = crypto.randomUUID();
  await openThread(database, {
    id: threadId,
    url: CHANNEL,
    title: '#général',
    platform: 'discord',
    scroller: 'element',
  });
  const screen = (index: number) => ({
    threadId,
    index,
    capturedAt: `2026-11-21T08:05:0${index}.000Z`,
    scrollTop: index * 700,
    scrollHeight: 1600,
    viewport: { width: 1000, height: 800, devicePixelRatio: 1 },
    pageMoved: 0,
    blob: screenBlob(index),
    width: 1000,
    height: 800,
  });
  const post = (order: number, screenIndex: number) => ({
    key: `link:${SAMPLE_POSTS[order]!.permalink}`,
    order,
    details: SAMPLE_POSTS[order]!,
    screenIndex,
    whole: true,
    cropArea: { x: 10, y: 100 * order, width: 600, height: 90 },
  });
  await storeScreen(database, screen(0), [post(0, 0), post(1, 0)]);
  await storeScreen(database, screen(1), [post(2, 1)]);
  await sealThread(database, threadId, 'end-of-thread');
  return { database, threadId };
}
