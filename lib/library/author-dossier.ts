import type { EvidenceDatabase } from '../evidence/database';
import type { Rectangle } from '../messaging/page-schemas';
import type { CaptureSummary } from './capture-summary';

/** How much one author's dossier holds: every item, and where they come from. */
export interface DossierCounts {
  count: number;
  captures: number;
  posts: number;
  threads: number;
  cases: number;
}

export function dossierCounts(items: readonly CaptureSummary[]): DossierCounts {
  const posts = items.filter((item) => item.threadId);
  return {
    count: items.length,
    captures: items.length - posts.length,
    posts: posts.length,
    threads: new Set(posts.map((post) => post.threadId)).size,
    cases: new Set(items.flatMap((item) => item.caseIds)).size,
  };
}

type Counted = 'captures' | 'posts' | 'threads' | 'cases';

/** Each count of a dossier in words (« 4 messages », « dans 1 fil »), for a sentence of them. */
export function countsInWords(
  counts: DossierCounts,
  say: (key: Counted, count: number) => string,
): Record<Counted, string> {
  return {
    captures: say('captures', counts.captures),
    posts: say('posts', counts.posts),
    threads: say('threads', counts.threads),
    cases: say('cases', counts.cases),
  };
}

/** One capture or thread post in a report by author, with the hashes that prove it. */
export interface DossierEntry {
  kind: 'capture' | 'post';
  /** The capture's id, or the post's (`<thread>/post/<order>`). */
  id: string;
  threadId?: string;
  capturedAt: string;
  postedAt?: string;
  address: string;
  text: string;
  /** A capture's sealed metadata hash, or the sealed thread's. */
  sealSha256: string;
  /** A post's screen: its bytes' hash, and the post's area in it. */
  screen?: { id: string; sha256: string; area: Rectangle };
}

export interface AuthorGroup {
  authorKey: string;
  author: string;
  platform: string;
  entries: DossierEntry[];
  counts: DossierCounts;
}

/**
 * The items grouped by author (same platform and handle, profile or name), authors in
 * alphabetical order and each one's items in time order, with their hashes read from the
 * store (no picture is read).
 */
export async function authorGroups(
  database: EvidenceDatabase,
  items: readonly CaptureSummary[],
): Promise<AuthorGroup[]> {
  const captureIds = items.filter((item) => !item.threadId).map((item) => item.id);
  const threadIds = [...new Set(items.flatMap((item) => item.threadId ?? []))];
  const screenIds = [...new Set(items.flatMap((item) => item.crop?.screenId ?? []))];
  const [captures, threads, screens] = await Promise.all([
    database.captures.bulkGet(captureIds),
    database.threads.bulkGet(threadIds),
    database.threadScreens.bulkGet(screenIds),
  ]);
  const sealOf = new Map([
    ...captures.flatMap((capture) => (capture ? [[capture.id, capture.metadataSha256]] : [])),
    ...threads.flatMap((thread) => (thread?.sealSha256 ? [[thread.id, thread.sealSha256]] : [])),
  ] as Array<[string, string]>);
  const screenHash = new Map(
    screens.flatMap((screen) => (screen ? [[screen.id, screen.seal.sha256]] : [])),
  );
  const textOf = new Map(
    captures.flatMap((capture) =>
      capture
        ? [[capture.id, capture.metadata.post?.text ?? capture.metadata.target.selectionText ?? '']]
        : [],
    ),
  );
  const groups = new Map<string, { items: CaptureSummary[]; entries: DossierEntry[] }>();
  for (const item of [...items].sort((left, right) => left.time - right.time)) {
    const crop = item.crop;
    const entry: DossierEntry = {
      kind: item.threadId ? 'post' : 'capture',
      id: item.id,
      ...(item.threadId ? { threadId: item.threadId } : {}),
      capturedAt: item.capturedAt,
      ...(item.postedAt ? { postedAt: item.postedAt } : {}),
      address: item.address,
      text: item.threadId ? (item.text ?? '') : (textOf.get(item.id) ?? ''),
      sealSha256: sealOf.get(item.threadId ?? item.id) ?? '',
      ...(crop && screenHash.has(crop.screenId)
        ? { screen: { id: crop.screenId, sha256: screenHash.get(crop.screenId)!, area: crop.area } }
        : {}),
    };
    const group = groups.get(item.authorKey) ?? { items: [], entries: [] };
    group.items.push(item);
    group.entries.push(entry);
    groups.set(item.authorKey, group);
  }
  return [...groups]
    .map(([authorKey, { items: authored, entries }]) => ({
      authorKey,
      author: authored.find((item) => item.author)?.author ?? '',
      platform: authored[0]!.platform,
      entries,
      counts: dossierCounts(authored),
    }))
    .sort(
      (left, right) =>
        left.author.localeCompare(right.author) || left.authorKey.localeCompare(right.authorKey),
    );
}
