/** Lower case, accents aside: how the library compares and searches text. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * One account on one platform: its handle, else its profile address, else its shown name,
 * case and accents aside. Two posts with the same key are taken as the same author's.
 */
export function authorKeyOf(post: {
  platform: string;
  authorHandle?: string | undefined;
  authorUrl?: string | undefined;
  authorName?: string | undefined;
}): string {
  const handle = post.authorHandle?.trim().replace(/^@/, '');
  if (handle) return `${post.platform}|handle|${fold(handle)}`;
  if (post.authorUrl) return `${post.platform}|profile|${post.authorUrl}`;
  const name = post.authorName?.trim();
  return name ? `${post.platform}|name|${fold(name)}` : '';
}

/** A name that is the handle itself is said once. */
export const authorOf = (post?: { authorHandle?: string; authorName?: string }) =>
  [...new Set([post?.authorHandle, post?.authorName].filter(Boolean))].join(' ');
