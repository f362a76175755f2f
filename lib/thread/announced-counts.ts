/**
 * Where each platform says how many messages a thread holds, and in which words: a count is
 * read only from these places and only when the number is followed by one of these words
 * (« 240 commentaires », "240 comments"), since a wrong count is worse than none. Live chats
 * (Twitch, YouTube live, Discord) and X's conversations announce no count of their own.
 */
export interface AnnouncedCountSource {
  platform: string;
  /** The elements that carry the count, searched nearest the clicked post first. */
  selector: string;
  /** The attribute holding it; the element's text when absent. */
  attribute?: string;
  /** The words that must follow the number; none when the attribute is the bare number. */
  words: readonly string[];
}

const COMMENT_WORDS = ['comments', 'comment', 'commentaires', 'commentaire'] as const;

export const ANNOUNCED_COUNT_SOURCES: readonly AnnouncedCountSource[] = [
  // The comments header under a video: « 87 commentaires ».
  { platform: 'youtube', selector: 'ytd-comments-header-renderer #count', words: COMMENT_WORDS },
  // New Reddit's post element carries the number itself.
  {
    platform: 'reddit',
    selector: 'shreddit-post[comment-count]',
    attribute: 'comment-count',
    words: [],
  },
  // Old Reddit's link under the post: "75 comments".
  { platform: 'reddit', selector: '.thing.link a.comments', words: COMMENT_WORDS },
  // Under a post, beside the reactions: « 3 commentaires », "42 comments".
  { platform: 'facebook', selector: '[role="article"] span, span.x1lliihq', words: COMMENT_WORDS },
  // The page's description: "312 likes, 48 comments - …".
  {
    platform: 'instagram',
    selector: 'meta[property="og:description"]',
    attribute: 'content',
    words: COMMENT_WORDS,
  },
  // A post page's "View all 48 comments" / « Afficher les 48 commentaires ».
  { platform: 'instagram', selector: 'a[href*="/comments/"] span', words: COMMENT_WORDS },
];
