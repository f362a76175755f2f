import { POSTS_SCHEMA, type ExportedPost, type PostsExport } from './posts-schema';

/** The JSON export (`temoin.posts/1`): one object per post, every text exactly as captured. */
export function postsJson(
  posts: ExportedPost[],
  { exportedAt, extensionVersion }: { exportedAt: Date; extensionVersion: string },
): string {
  const file: PostsExport = {
    schema: POSTS_SCHEMA,
    exportedAt: exportedAt.toISOString(),
    extensionVersion,
    posts,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
