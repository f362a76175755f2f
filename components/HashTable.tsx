import { FactList } from './FactList';
import type { CaptureMetadata, FileRole } from '../lib/evidence/capture-metadata';
import type { Verification } from '../lib/verification/verify-capture';
import type { Translate } from '../lib/i18n/translate';

/** Every recorded hash, with a tick or a cross once a verification has run. */
export function HashTable({
  capture,
  verification,
  t,
}: {
  capture: {
    metadataSha256: string;
    metadata: Pick<CaptureMetadata, 'files'>;
    derivedFiles: ReadonlyArray<{ role: FileRole; sha256: string }>;
  };
  verification: Verification | null;
  t: Translate;
}) {
  const rows = [
    { subject: 'metadata' as const, sha256: capture.metadataSha256 },
    ...capture.metadata.files.map((file) => ({ subject: file.role, sha256: file.sha256 })),
    ...capture.derivedFiles.map((file) => ({ subject: file.role, sha256: file.sha256 })),
  ];
  return (
    <FactList
      facts={rows.map(({ subject, sha256 }) => {
        const check = verification?.checks.find((candidate) => candidate.subject === subject);
        return [
          t(`hash.${subject}`),
          <span class="hash" data-hash-of={subject}>
            {sha256}
            {check && (check.matches ? ' ✓' : ` ✗ (${check.actual ?? '—'})`)}
          </span>,
        ];
      })}
    />
  );
}
