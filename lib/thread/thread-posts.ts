import type { PostDetails } from '../sites/post-details';
import type { Rectangle } from '../messaging/page-schemas';

/** A post as the page saw it on one screen. */
export interface SeenPost {
  key: string;
  details: PostDetails;
  /** Its place in the viewport, in CSS pixels. */
  rectangle: Rectangle;
  /** Whether all of it was in the viewport. */
  whole: boolean;
}

/** A post of the thread: where it was first seen and the screen that shows it best. */
export interface ThreadPost {
  key: string;
  order: number;
  details: PostDetails;
  screenIndex: number;
  rectangle: Rectangle;
  whole: boolean;
}

/**
 * The key that says two sightings are the same post: its permalink, else its platform id,
 * else what it shows (author, time, text) — a live chat line has neither address nor id.
 */
export function postKey(details: PostDetails): string {
  if (details.permalink) return `link:${details.permalink}`;
  if (details.postId) return `id:${details.platform}:${details.postId}`;
  const published = JSON.stringify(details.published);
  return `seen:${details.authorHandle ?? details.authorName ?? ''}|${published}|${details.text ?? ''}`;
}

/** A post already stored, when a restarted worker takes the thread up again. */
export type KnownPost = Omit<ThreadPost, 'rectangle'>;

/**
 * The thread's posts, each once, in the order they were first seen. A post first seen cut by
 * the screen's edge is moved to a later screen that shows it whole.
 */
export function createThreadPosts(known: readonly KnownPost[] = []) {
  const posts = new Map<string, KnownPost>(known.map((post) => [post.key, post]));
  return {
    /** Records one screen's posts; returns the posts that are new or now better placed. */
    add(screenIndex: number, seen: readonly SeenPost[]): ThreadPost[] {
      const changed: ThreadPost[] = [];
      for (const sighting of seen) {
        const known = posts.get(sighting.key);
        if (known && (known.whole || !sighting.whole)) continue;
        const post: ThreadPost = {
          key: sighting.key,
          order: known?.order ?? posts.size,
          details: known?.details ?? sighting.details,
          screenIndex,
          rectangle: sighting.rectangle,
          whole: sighting.whole,
        };
        posts.set(sighting.key, post);
        changed.push(post);
      }
      return changed;
    },
    get size(): number {
      return posts.size;
    },
    /** Every post in the order it was first seen. */
    inOrder(): KnownPost[] {
      return [...posts.values()].sort((a, b) => a.order - b.order);
    },
  };
}
