import type { PostDetails } from '../sites/post-details';

/**
 * Who wrote a post, as one key: the platform's id for the account, else its handle, else its
 * profile's address, else the name shown. Undefined when the page shows none of them: such a
 * post is never taken for anyone's.
 */
export function authorKey(details: PostDetails): string | undefined {
  if (details.authorId) return `id:${details.platform}:${details.authorId}`;
  if (details.authorHandle) return `handle:${details.platform}:${details.authorHandle}`;
  if (details.authorUrl) return `url:${details.authorUrl}`;
  if (details.authorName) return `name:${details.platform}:${details.authorName}`;
  return undefined;
}

/** The author as people read it: the name shown, and the handle when there is one. */
export function authorLabel(details: PostDetails): string | undefined {
  const { authorName, authorHandle } = details;
  if (authorName && authorHandle) return `${authorName} (${authorHandle})`;
  return authorName ?? authorHandle;
}
