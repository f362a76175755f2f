export type ZipReadReason =
  | 'not-a-zip'
  | 'truncated'
  | 'corrupt-directory'
  | 'zip64-unsupported'
  | 'multi-disk-unsupported'
  | 'encrypted-entry'
  | 'unknown-method'
  | 'unsafe-path'
  | 'duplicate-name'
  | 'crc-mismatch'
  | 'size-mismatch'
  | 'corrupt-data';

/** Why an archive, or one entry of it, cannot be read; `path` names the entry when there is one. */
export class ZipReadError extends Error {
  constructor(
    readonly reason: ZipReadReason,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ZipReadError';
  }
}
