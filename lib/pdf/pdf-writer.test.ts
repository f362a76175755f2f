import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { knownDigests } from '../export/blob-digests';
import { crc32 } from '../export/crc32';
import { sha256Hex } from '../evidence/sha256';
import { pngForPdf } from './pdf-image';
import { PdfWriter } from './pdf-writer';

function pngBlob(width: number, height: number): Blob {
  const png = new PNG({ width, height, colorType: 2 });
  png.data.fill(200);
  return new Blob([new Uint8Array(PNG.sync.write(png, { colorType: 2 }))], { type: 'image/png' });
}

const info = { title: 'T', creator: 'Témoin test', createdAt: new Date('2026-12-08T00:00:00Z') };

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('PDF digests taken while writing', () => {
  it('gives the file its true SHA-256 and CRC-32, and the screenshot its CRC-32', async () => {
    const screenshot = pngBlob(40, 30);
    const image = (await pngForPdf(screenshot))!;
    const writer = new PdfWriter();
    const name = writer.addImage(image);
    writer.addPage({
      width: 100,
      height: 100,
      content: `q 40 0 0 30 0 0 cm /${name} Do Q`,
      images: [name],
    });
    const pdf = writer.finish(info);
    expect(knownDigests(pdf)).toEqual({
      sha256: await sha256Hex(pdf),
      crc32: crc32(await bytesOf(pdf)),
    });
    expect(knownDigests(screenshot).crc32).toBe(crc32(await bytesOf(screenshot)));
  });

  it('leaves the file undigested when an image came without its bytes', async () => {
    const image = (await pngForPdf(pngBlob(4, 4)))!;
    delete image.bytes;
    const writer = new PdfWriter();
    writer.addImage(image);
    expect(knownDigests(writer.finish(info))).toEqual({});
  });
});
