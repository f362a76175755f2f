import { rawZip } from './raw-zip';

/**
 * Writes a ZIP whose entries are deflated (method 8), as other tools do when they re-zip a
 * bundle; `utf8Names: false` writes names in the legacy code page, without flag bit 11.
 */
export function deflatedZip(
  files: ReadonlyMap<string, Uint8Array>,
  { utf8Names = true }: { utf8Names?: boolean } = {},
): Blob {
  return rawZip([...files].map(([name, data]) => ({ name, data, utf8Name: utf8Names })));
}
