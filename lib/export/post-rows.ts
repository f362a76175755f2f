import type { Annotation } from '../evidence/annotation';
import type { CaptureRecord, EvidenceDatabase } from '../evidence/database';
import { readThreadEvidence, type ThreadEvidence } from '../evidence/thread-evidence';
import type { PostDetails, PublicationTime } from '../sites/post-details';
import type { ExportedPost } from './posts-schema';

/** An instant in UTC ISO 8601 with milliseconds, or null when it is not one. */
function utcOrNull(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function publication(published: PublicationTime | undefined) {
  return {
    publishedAt: published?.kind === 'absolute' ? utcOrNull(published.at) : null,
    publishedEarliest: published?.kind === 'range' ? utcOrNull(published.earliest) : null,
    publishedLatest: published?.kind === 'range' ? utcOrNull(published.latest) : null,
    publishedLabel: published?.label ?? null,
  };
}

function postFields(post: PostDetails | undefined, pageUrl: string) {
  return {
    platform: post && post.platform !== 'web' ? post.platform : null,
    platformPostId: post?.postId ?? null,
    platformAuthorId: post?.authorId ?? null,
    permalink: post?.permalink ?? null,
    pageUrl,
    authorName: post?.authorName ?? null,
    authorHandle: post?.authorHandle ?? null,
    authorUrl: post?.authorUrl ?? null,
    ...publication(post?.published),
  };
}

/** One capture as a post; the hashes are those sealed at capture. */
export function capturePost(
  capture: CaptureRecord,
  annotation: Annotation | undefined,
  caseName: (caseId: string) => string,
): ExportedPost {
  const { metadata } = capture;
  const hashOf = (role: string) => metadata.files.find((file) => file.role === role)?.sha256;
  const caseIds = annotation?.caseIds ?? [];
  return {
    source: 'capture',
    id: capture.id,
    ...postFields(metadata.post, metadata.page.url),
    text: metadata.post?.text ?? metadata.target.selectionText ?? null,
    capturedAt: metadata.time.capturedAt,
    hashes: {
      metadata: capture.metadataSha256,
      screenshot: hashOf('page-screenshot') ?? null,
      crop: hashOf('post-crop') ?? null,
      screenSeal: null,
      threadSeal: null,
    },
    threadId: null,
    screenIndex: null,
    caseIds,
    caseNames: caseIds.map(caseName),
  };
}

/** Every post of a thread, in its order, tied to the screen that shows it. */
export function threadPosts({ thread, screens, posts }: ThreadEvidence): ExportedPost[] {
  const screenOf = new Map(screens.map((screen) => [screen.index, screen]));
  const sealedScreen = new Map(thread.seal?.screens.map((screen) => [screen.index, screen]));
  return posts.map((post) => {
    const screen = screenOf.get(post.screenIndex);
    // A screen deleted under the child-abuse rule keeps its hashes in the sealed thread.
    const hashes = screen
      ? { sha256: screen.seal.sha256, sealSha256: screen.sealSha256 }
      : sealedScreen.get(post.screenIndex);
    return {
      source: 'thread',
      id: post.id,
      ...postFields(post.details, thread.url),
      text: post.details.text ?? null,
      capturedAt: screen?.seal.capturedAt ?? thread.startedAt,
      hashes: {
        metadata: null,
        screenshot: hashes?.sha256 ?? null,
        crop: null,
        screenSeal: hashes?.sealSha256 ?? null,
        threadSeal: thread.sealSha256 ?? null,
      },
      threadId: thread.id,
      screenIndex: post.screenIndex,
      caseIds: [],
      caseNames: [],
    };
  });
}

/** The posts of captures and threads, captures first, each thread's posts in its order. */
export async function readPosts(
  database: EvidenceDatabase,
  captureIds: readonly string[],
  threadIds: readonly string[] = [],
): Promise<ExportedPost[]> {
  const [captures, annotations, cases] = await Promise.all([
    database.captures.bulkGet([...captureIds]),
    database.annotations.bulkGet([...captureIds]),
    database.cases.toArray(),
  ]);
  const names = new Map(cases.map((record) => [record.id, record.name]));
  const posts = captures.map((capture, index) => {
    if (!capture) throw new Error(`No capture ${captureIds[index]}`);
    return capturePost(capture, annotations[index], (id) => names.get(id) ?? id);
  });
  for (const threadId of threadIds) {
    const evidence = await readThreadEvidence(database, threadId);
    if (!evidence) throw new Error(`No thread ${threadId}`);
    posts.push(...threadPosts(evidence));
  }
  return posts;
}
