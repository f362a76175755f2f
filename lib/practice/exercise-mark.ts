/**
 * A copy of a picture with « EXERCICE » burned into it: a band across the top and the word
 * repeated on a slant over the whole picture, so any part cut out of it still says so. The
 * original is never touched; only this derived copy is shown and exported.
 */
export async function markAsExercise(picture: Blob, word: string): Promise<Blob> {
  const bitmap = await createImageBitmap(picture);
  const { width, height } = bitmap;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();

  const size = Math.max(12, Math.round(Math.min(width, height) / 9));
  context.font = `700 ${size}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';

  context.save();
  context.globalAlpha = 0.28;
  context.fillStyle = '#ce0500';
  context.translate(width / 2, height / 2);
  context.rotate(-Math.PI / 8);
  const step = { x: context.measureText(word).width + size * 2, y: size * 3 };
  const reach = Math.hypot(width, height) / 2;
  for (let y = -reach; y <= reach; y += step.y) {
    for (let x = -reach; x <= reach; x += step.x) context.fillText(word, x, y);
  }
  context.restore();

  const band = Math.round(size * 1.5);
  context.fillStyle = '#ce0500';
  context.fillRect(0, 0, width, band);
  context.fillStyle = '#ffffff';
  context.fillText(word, width / 2, band / 2);

  return canvas.convertToBlob({ type: picture.type === 'image/jpeg' ? 'image/jpeg' : 'image/png' });
}
