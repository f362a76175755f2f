import type { Rectangle } from '../evidence/capture-metadata';
import type { EvidenceDatabase, FileRecord } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { cropPicture, thumbnailOf, type Picture } from './image-files';

/**
 * Makes the files derived from a stored screenshot: the post crop, by the area sealed in the
 * metadata, and the list thumbnail. They come right after the record, so the original is
 * stored sooner; each keeps its own hash and the crop can be made again from the original.
 */
export async function storeDerivedFiles(
  database: EvidenceDatabase,
  captureId: string,
  screenshot: Picture,
  cropArea: Rectangle | undefined,
): Promise<{ thumbnail: Blob }> {
  const post = cropArea ? await cropPicture(screenshot.blob, cropArea) : undefined;
  const thumbnail = await thumbnailOf(post ?? screenshot);
  const records: FileRecord[] = [
    ...(post ? [await derived(captureId, 'post-crop', post.blob, 'page-screenshot')] : []),
    await derived(captureId, 'thumbnail', thumbnail.blob, post ? 'post-crop' : 'page-screenshot'),
  ];
  await database.files.bulkPut(records);
  return { thumbnail: thumbnail.blob };
}

async function derived(
  captureId: string,
  role: 'post-crop' | 'thumbnail',
  blob: Blob,
  derivedFrom: 'page-screenshot' | 'post-crop',
): Promise<FileRecord> {
  return {
    id: `${captureId}/${role}`,
    captureId,
    role,
    mimeType: blob.type,
    blob,
    sha256: await sha256Hex(blob),
    derivedFrom,
  };
}
