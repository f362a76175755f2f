import type { Rectangle } from '../messaging/page-schemas';
import { sha256Hex } from '../evidence/sha256';
import type { ThreadFileRecord } from './thread-records';

/**
 * Cuts each post out of the screen that shows it, as a PNG of its own, decoding the screen
 * once. « Vérifier » cuts them again from the sealed screen and compares every pixel.
 */
export async function cropPosts(
  threadId: string,
  screen: { index: number; blob: Blob; sha256: string },
  posts: ReadonlyArray<{ order: number; area: Rectangle }>,
): Promise<ThreadFileRecord[]> {
  if (posts.length === 0) return [];
  const whole = await createImageBitmap(screen.blob);
  try {
    const files: ThreadFileRecord[] = [];
    for (const { order, area } of posts) {
      const canvas = new OffscreenCanvas(area.width, area.height);
      canvas.getContext('2d')!.drawImage(whole, -area.x, -area.y);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      files.push({
        id: `${threadId}/post-crop/${order}`,
        threadId,
        role: 'post-crop',
        order,
        mimeType: blob.type,
        blob,
        width: area.width,
        height: area.height,
        sha256: await sha256Hex(blob),
        derivedFrom: [screen.sha256],
        geometry: [{ screenIndex: screen.index, source: area, targetY: 0 }],
      });
    }
    return files;
  } finally {
    whole.close();
  }
}
