import type { Rectangle } from '../evidence/capture-metadata';
import type { EvidenceDatabase, FileRecord } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { cropPicture, thumbnailOf, type Picture } from './image-files';

/**
 * Makes the files derived from a stored screenshot: the post crop, by the area sealed in the
 * metadata, and the list thumbnail. They come right after the record, so the original is
 * stored sooner; each keeps its own hash and the crop can be made again from the original.
 * A practice capture's thumbnail is marked as such (`markThumbnail`); the crop never is, since
 * « Vérifier » compares it with the screenshot pixel for pixel.
 */
export async function storeDerivedFiles(
  database: EvidenceDatabase,
  captureId: string,
  screenshot: Picture,
  cropArea: Rectangle | undefined,
  markThumbnail?: (thumbnail: Blob) => Promise<Blob>,
): Promise<{ thumbnail: Blob }> {
  const post = cropArea ? await cropPicture(screenshot.blob, cropArea) : undefined;
  const small = (await thumbnailOf(post ?? screenshot)).blob;
  const thumbnail = markThumbnail ? await markThumbnail(small) : small;
  const records: FileRecord[] = [
    ...(post ? [await derived(captureId, 'post-crop', post.blob, 'page-screenshot')] : []),
    await derived(captureId, 'thumbnail', thumbnail, post ? 'post-crop' : 'page-screenshot'),
  ];
  await database.files.bulkPut(records);
  return { thumbnail };
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
