export interface Sha256SumsLine {
  path: string;
  sha256: string;
  /** 1-based, as an editor shows it. */
  line: number;
}

export interface ParsedSha256Sums {
  files: Sha256SumsLine[];
  /** Lines that are neither blank nor `<hash> *path` / `<hash>  path`. */
  badLines: number[];
}

const SUM_LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

/** Reads a `SHA256SUMS` file as GNU `sha256sum -c` does, in binary (`*`) or text mode. */
export function parseSha256Sums(text: string): ParsedSha256Sums {
  const files: Sha256SumsLine[] = [];
  const badLines: number[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') continue;
    const match = SUM_LINE.exec(content);
    if (match) files.push({ sha256: match[1]!.toLowerCase(), path: match[2]!, line: index + 1 });
    else badLines.push(index + 1);
  }
  return { files, badLines };
}
