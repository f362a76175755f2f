import type { Translate } from '../i18n/translate';

/**
 * What the thread kept, in words: « 212 messages capturés sur 240 annoncés, en 58 écrans… »
 * when the page announced a count, else the posts and screens alone.
 */
export function threadSummary(
  t: Translate,
  { posts, screens, announced }: { posts: number; screens: number; announced?: number },
): string {
  if (announced === undefined) return t('thread.summary', { count: posts, screens });
  return `${t('thread.captured', { count: posts })} ${t('thread.announced', { count: announced, screens })}`;
}
