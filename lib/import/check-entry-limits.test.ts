import { MAX_TEXT_BYTES } from './bundle-entry-kinds';
import { FOLDERS, makeBundle, makeBundleFiles } from './testing/make-bundle';
import { rawZip } from './testing/raw-zip';
import { setEntryField, zipBytes } from './testing/tamper-zip';
import { verifyBundle } from './verify-bundle';

const MiB = 1 << 20;
const [FIRST] = FOLDERS;
const SCREENSHOT = `${FIRST}/page-screenshot.png`;

describe('sizes and ratios no Témoin bundle can have', () => {
  it.each<{ case: string; zip: () => Promise<Blob>; expected: object }>([
    {
      case: 'a screenshot declaring 2 GiB (a sparse entry)',
      zip: async () => {
        const zip = await zipBytes(await makeBundle());
        return new Blob([setEntryField(zip, SCREENSHOT, 'size', 2 ** 31)]);
      },
      expected: { reason: 'entry-too-large', path: SCREENSHOT, size: 2 ** 31, limit: 128 * MiB },
    },
    {
      case: 'a screenshot that would inflate a thousandfold',
      zip: async () => {
        const files = await makeBundleFiles();
        files.set(SCREENSHOT, new Uint8Array(4 * MiB));
        return rawZip([...files].map(([name, data]) => ({ name, data })));
      },
      expected: { reason: 'ratio-too-high', path: SCREENSHOT, limit: 20 },
    },
    {
      case: 'texts adding up to more than any export holds, each within its own limit',
      zip: async () => {
        const files = await makeBundleFiles();
        const extra = Array.from({ length: 8 }, (_, index) => `captures/x${index}/metadata.json`);
        for (const name of extra) files.set(name, new Uint8Array([0x7b, 0x7d]));
        const zip = await zipBytes(
          rawZip([...files].map(([name, data]) => ({ name, data, method: 0 }))),
        );
        for (const name of extra) setEntryField(zip, name, 'size', 32 * MiB);
        return new Blob([zip]);
      },
      expected: { reason: 'texts-too-large', limit: MAX_TEXT_BYTES },
    },
    {
      case: 'a report larger than its screenshots can make it',
      zip: async () => {
        const files = await makeBundleFiles();
        files.set('report.pdf', new Uint8Array([1]));
        const zip = await zipBytes(
          rawZip([...files].map(([name, data]) => ({ name, data, method: 0 }))),
        );
        return new Blob([setEntryField(zip, 'report.pdf', 'size', 100 * MiB)]);
      },
      expected: { reason: 'entry-too-large', path: 'report.pdf', size: 100 * MiB },
    },
  ])('refuses $case from the directory, before inflating', async ({ zip, expected }) => {
    const result = await verifyBundle(await zip());
    expect(result.ok ? [] : result.problems).toEqual([expect.objectContaining(expected)]);
  });
});
