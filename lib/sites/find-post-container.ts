export interface PostContainer {
  element: Element;
  /** Which rule recognized the container, kept in the evidence to explain the crop. */
  recognizedBy: string;
}

/** Containers that say what they are: the first one met walking up wins. */
const EXPLICIT_RULES: ReadonlyArray<{ name: string; matches: (element: Element) => boolean }> = [
  { name: 'role=article', matches: (element) => element.getAttribute('role') === 'article' },
  { name: 'role=comment', matches: (element) => element.getAttribute('role') === 'comment' },
  { name: 'article', matches: (element) => element.localName === 'article' },
  { name: 'h-entry', matches: (element) => element.classList.contains('h-entry') },
  {
    name: 'schema.org',
    matches: (element) =>
      /schema\.org\/(SocialMediaPosting|Comment|DiscussionForumPosting|BlogPosting)/.test(
        element.getAttribute('itemtype') ?? '',
      ),
  },
  {
    name: 'feed-item',
    matches: (element) => element.parentElement?.getAttribute('role') === 'feed',
  },
];

/** Words in class names, ids and test ids that name a whole post, comment or chat line. */
const POST_WORDS = new Set([
  'post',
  'comment',
  'reply',
  'message',
  'tweet',
  'toot',
  'status',
  'entry',
  'line',
  'thing',
]);
/** Words that name only a part of one (its text, author, toolbar...): never a container. */
const PART_WORDS = new Set([
  'text',
  'body',
  'content',
  'author',
  'header',
  'footer',
  'meta',
  'time',
  'timestamp',
  'actions',
  'action',
  'button',
  'icon',
  'avatar',
  'link',
  'input',
  'list',
  'container',
  'count',
  'composer',
  'form',
  'editor',
]);

const STOP_AT = new Set(['body', 'html', 'main']);

/**
 * Finds the nearest post-like container of a right-clicked element: an article, an ARIA
 * article, comment or feed item, a microformat or schema.org entry, or an element whose class,
 * id or test id names a post, comment or chat line. Per-platform extractors refine this.
 */
export function findPostContainer(
  start: Element,
  isLargeEnough: (element: Element) => boolean = hasVisibleSize,
): PostContainer | null {
  let named: PostContainer | null = null;
  for (let element: Element | null = start; element; element = element.parentElement) {
    if (STOP_AT.has(element.localName)) break;
    const explicit = EXPLICIT_RULES.find((rule) => rule.matches(element!));
    if (explicit) return { element, recognizedBy: explicit.name };
    if (!named && namesAPost(element) && isLargeEnough(element)) {
      named = { element, recognizedBy: 'class-name' };
    }
  }
  return named;
}

function namesAPost(element: Element): boolean {
  const labels = [
    element.getAttribute('class') ?? '',
    element.id,
    element.getAttribute('data-testid') ?? '',
    element.getAttribute('data-a-target') ?? '',
  ];
  return labels.some((label) =>
    label.split(/\s+/).some((name) => {
      const words = splitWords(name);
      return (
        words.some((word) => POST_WORDS.has(word)) && !words.some((word) => PART_WORDS.has(word))
      );
    }),
  );
}

/** Splits `chat-line__message`, `commentBody` or `post_42` into lowercase words. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

function hasVisibleSize(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width >= 40 && box.height >= 16;
}
