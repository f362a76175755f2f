const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads a PNG's width and height from its header, without decoding the image: the capture
 * needs the size of every screenshot but decodes one only when it crops a post.
 */
export function pngSize(header: Uint8Array): { width: number; height: number } {
  const isPng =
    header.length >= 24 &&
    SIGNATURE.every((byte, index) => header[index] === byte) &&
    String.fromCharCode(...header.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('Not a PNG image');
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
