import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { thumbnailOf, type Picture } from './image-files';

/**
 * Makes and stores the list thumbnail of a capture, after its record: a convenience copy,
 * outside the sealed evidence, so the capture itself is stored sooner.
 */
export async function storeThumbnail(
  database: EvidenceDatabase,
  captureId: string,
  source: { role: 'page-screenshot' | 'post-crop'; picture: Picture },
): Promise<Blob> {
  const thumbnail = await thumbnailOf(source.picture);
  await database.files.put({
    id: `${captureId}/thumbnail`,
    captureId,
    role: 'thumbnail',
    mimeType: thumbnail.blob.type,
    blob: thumbnail.blob,
    sha256: await sha256Hex(thumbnail.blob),
    derivedFrom: source.role,
  });
  return thumbnail.blob;
}
