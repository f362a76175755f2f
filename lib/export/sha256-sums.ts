/**
 * A `SHA256SUMS` file as GNU `sha256sum` writes it and `sha256sum -c` checks it: one line per
 * file, the hash, a space, `*` for binary mode, the path. Paths must be plain: sha256sum would
 * escape a backslash or a line break, so such names are refused rather than mangled.
 */
export function sha256Sums(files: ReadonlyArray<{ path: string; sha256: string }>): string {
  return files
    .map(({ path, sha256 }) => {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
      if (/[\\\r\n]/.test(path) || path.startsWith('/')) throw new Error(`Unsafe path: ${path}`);
      return `${sha256} *${path}\n`;
    })
    .join('');
}
