import { jpegForPdf, type PdfImage } from './pdf-image';

/**
 * A JPEG copy of an image, for a PDF that cannot take it as it is (a PNG with an alpha
 * channel). Only the report gets the copy; the bundle keeps the original file.
 */
export async function browserJpeg(image: Blob): Promise<PdfImage | null> {
  const bitmap = await createImageBitmap(image);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    // JPEG has no transparency: what was transparent is drawn on white, as a page shows it.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
    return await jpegForPdf(await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 }));
  } finally {
    bitmap.close();
  }
}
