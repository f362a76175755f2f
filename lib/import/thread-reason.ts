/** Why a thread of a bundle does not hold. */
export type ThreadReason =
  | 'thread-missing'
  | 'thread-not-json'
  | 'thread-invalid'
  | 'thread-not-in-manifest'
  | 'thread-record-mismatch'
  | 'thread-screen-missing'
  | 'thread-screen-not-sealed'
  | 'thread-screen-description-mismatch'
  | 'thread-screen-hash-mismatch'
  | 'thread-posts-mismatch'
  | 'thread-post-altered'
  | 'thread-post-screen-unknown';
