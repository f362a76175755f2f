import { ExtKeyUsage, type Certificate } from 'pkijs';
import { OID } from './oids';

export type UsageProblem = 'no-extended-key-usage' | 'not-critical' | 'not-only-timestamping';

/**
 * RFC 3161 §2.3: the authority's certificate has exactly one extended key usage, timeStamping,
 * in a critical extension. Null when it does; what is wrong otherwise.
 */
export function timestampingUsageProblem(certificate: Certificate): UsageProblem | null {
  const extension = certificate.extensions?.find(
    (candidate) => candidate.extnID === OID.extendedKeyUsage,
  );
  const usage: unknown = extension?.parsedValue;
  if (!extension || !(usage instanceof ExtKeyUsage)) return 'no-extended-key-usage';
  if (!usage.keyPurposes.includes(OID.timeStamping)) return 'no-extended-key-usage';
  if (!extension.critical) return 'not-critical';
  if (usage.keyPurposes.length !== 1) return 'not-only-timestamping';
  return null;
}
