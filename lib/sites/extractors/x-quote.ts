/**
 * X shows a quoted post inside the quoting one: not as an article but as a link-like block
 * (older pages nested an article) holding its own author line, text and time. Every field
 * of a post must be read from the post itself, never from the post it quotes.
 */
export const QUOTE_SELECTOR = 'div[role="link"][tabindex="0"], [data-testid="quoteTweet"]';
const POST = 'article[data-testid="tweet"]';
const USER_NAME = '[data-testid="User-Name"]';

/** Whether an element is a post quoted inside another, with an author line of its own. */
export function isQuote(element: Element): boolean {
  return (
    (element.matches(QUOTE_SELECTOR) || element.matches(POST)) &&
    element.parentElement?.closest(POST) != null &&
    element.querySelector(USER_NAME) !== null
  );
}

/** The quoted post holding the target inside an article, if the target is in one. */
export function quoteAround(target: Element, article: Element): Element | undefined {
  for (let element: Element | null = target; element && element !== article;) {
    if (isQuote(element)) return element;
    element = element.parentElement;
  }
  return undefined;
}

/** The elements matching the selector that are the post's own, not a quoted post's. */
export function ownElements(post: Element, selector: string): Element[] {
  return Array.from(post.querySelectorAll(selector)).filter((element) => {
    for (let parent = element.parentElement; parent && parent !== post;) {
      if (isQuote(parent)) return false;
      parent = parent.parentElement;
    }
    return true;
  });
}
