export type ZipReadReason =
  | 'not-a-zip'
  | 'truncated'
  | 'corrupt-directory'
  | 'directory-too-large'
  | 'zip64-unsupported'
  | 'multi-disk-unsupported'
  | 'encrypted-entry'
  | 'unknown-method'
  | 'unsafe-path'
  | 'symbolic-link'
  | 'duplicate-name'
  | 'names-collide'
  | 'second-name'
  | 'local-header-mismatch'
  | 'overlapping-entries'
  | 'hidden-data'
  | 'entry-too-large'
  | 'ratio-too-high'
  | 'texts-too-large'
  | 'crc-mismatch'
  | 'size-mismatch'
  | 'corrupt-data';

/** What a reading problem names beside its reason. */
export interface ZipProblemDetails {
  /** The entry concerned. */
  path?: string;
  /** A second entry: the one it overlaps or collides with. */
  other?: string;
  /** What was found: the header field that differs, a ratio. */
  found?: string;
  /** A size in bytes, and the most a Témoin bundle can have (bytes, or a ratio). */
  size?: number;
  limit?: number;
}

/** Why an archive, or one entry of it, cannot be read, with the entry and figures concerned. */
export class ZipReadError extends Error {
  constructor(
    readonly reason: ZipReadReason,
    message: string,
    readonly details: ZipProblemDetails = {},
  ) {
    super(message);
    this.name = 'ZipReadError';
  }

  get path(): string | undefined {
    return this.details.path;
  }
}
