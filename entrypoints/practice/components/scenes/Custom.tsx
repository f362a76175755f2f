import { h, type ComponentChildren } from 'preact';

/**
 * An element with a platform's own tag name (shreddit-post, ytd-comment-view-model): the
 * imitated platforms draw some posts with custom elements, and their extractors look for them.
 */
export function Custom({
  tag,
  children,
  ...attributes
}: { tag: `${string}-${string}`; children?: ComponentChildren } & Record<string, unknown>) {
  return h(tag, attributes, children);
}
