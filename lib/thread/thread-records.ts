import type { Rectangle } from '../messaging/page-schemas';
import type { PostDetails } from '../sites/post-details';
import type { RevealClick } from './reveal-everything';

/** How a thread capture ended; `running` only while it goes on (or if the worker died). */
export type ThreadStatus = 'running' | 'complete' | 'cancelled' | 'interrupted';

/**
 * Why a thread ended before its end: the person cancelled, the screen limit, the tab was
 * closed, hidden or navigated, the worker stopped, or the store refused a screen.
 */
export type ThreadEnd =
  | 'end-of-thread'
  | 'cancelled'
  | 'screen-limit'
  | 'tab-closed'
  | 'tab-hidden'
  | 'page-navigated'
  | 'worker-stopped'
  | 'storage-failed'
  | 'screenshot-failed';

/** The author whose posts alone a thread kept: the key compared, and the name shown. */
export interface AuthorFilter {
  author: string;
  label: string;
}

/**
 * One thread capture. Written when it starts, sealed when it ends: the sealed part lists
 * every screen's hash and every post's key in order, and its canonical JSON is hashed.
 */
export interface ThreadRecord {
  id: string;
  status: ThreadStatus;
  startedAt: string;
  url: string;
  title: string;
  platform: string;
  scroller: 'page' | 'element';
  /** « Tout ce qu'a écrit cet auteur ici »: only this author's posts were kept. */
  filteredBy?: AuthorFilter;
  /** What the page said the thread holds (« 240 commentaires »), when it said so. */
  announced?: number;
  /** The tab it runs in, so a restarted worker can find it again (not sealed). */
  tabId?: number;
  /** Each time a restarted worker took the thread up again. */
  resumed?: ThreadResumption[];
  /** « Révéler tout avant de capturer »: every click Témoin made on the page, in order. */
  revealed?: RevealClick[];
  endedAt?: string;
  end?: ThreadEnd;
  seal?: SealedThread;
  sealSha256?: string;
}

export interface SealedThread {
  schema: 'temoin.thread/1';
  id: string;
  status: Exclude<ThreadStatus, 'running'>;
  end: ThreadEnd;
  startedAt: string;
  endedAt: string;
  url: string;
  title: string;
  platform: string;
  filteredBy?: AuthorFilter;
  screens: Array<{ index: number; sha256: string; sealSha256: string }>;
  posts: string[];
  /** What the page said the thread holds (« 240 commentaires »), when it said so. */
  announced?: number;
  /** Every click Témoin made on the page before going through it (hidden replies…). */
  revealed?: RevealClick[];
  /** The stitched picture's parts, top to bottom, each derived from the screens. */
  stitched?: Array<{ part: number; sha256: string; width: number; height: number }>;
  /** The browser stopped the worker mid-thread, and the restarted one went on. */
  resumed?: ThreadResumption[];
}

/**
 * The worker was stopped after `afterScreens` screens were stored (any shot after them was
 * lost before it was written), and a restarted worker went on at `at` from the last one.
 */
export interface ThreadResumption {
  at: string;
  afterScreens: number;
}

/**
 * One screen of a thread, as the browser gave it: never re-encoded. Its description is
 * sealed (canonical JSON, hashed) in the same transaction as the bytes.
 */
export interface ThreadScreenRecord {
  id: string;
  threadId: string;
  index: number;
  blob: Blob;
  seal: {
    schema: 'temoin.thread-screen/1';
    threadId: string;
    index: number;
    capturedAt: string;
    scrollTop: number;
    scrollHeight: number;
    viewport: { width: number; height: number; devicePixelRatio: number };
    /** How far the page had moved on its own (posts dropped or added above), in CSS pixels. */
    pageMoved: number;
    /** The scroller's visible area in the viewport, in CSS pixels (since the stitching). */
    scrollerArea?: Rectangle;
    mimeType: string;
    byteLength: number;
    width: number;
    height: number;
    sha256: string;
  };
  sealSha256: string;
}

/** One post of a thread, with the screen that shows it (whole when it could). */
export interface ThreadPostRecord {
  id: string;
  threadId: string;
  key: string;
  order: number;
  details: PostDetails;
  screenIndex: number;
  /** Where the post is in that screen, in image pixels: anyone can cut it out again. */
  cropArea?: Rectangle;
  whole: boolean;
}

/**
 * A file made from a thread's screens, never from the page: a part of the stitched picture
 * or one post's crop. It keeps its own hash and the hashes of the screens it was cut from,
 * with the geometry used, so anyone can make it again from the sealed screens.
 */
export interface ThreadFileRecord {
  id: string;
  threadId: string;
  role: 'stitched' | 'post-crop';
  /** The part's number for a stitched part, the post's order for a crop. */
  order: number;
  mimeType: string;
  blob: Blob;
  width: number;
  height: number;
  sha256: string;
  /** The SHA-256 of every screen it was cut from, in order. */
  derivedFrom: string[];
  /** Where each screen's rows or area went, in image pixels. */
  geometry: Array<{ screenIndex: number; source: Rectangle; targetY: number }>;
}
