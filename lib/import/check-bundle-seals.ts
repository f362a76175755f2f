import { CAPTURE_SEAL_NAME, CHAIN_PATH, SUMS_SEAL_PATH } from '../export/bundle-format';
import type { SealRecord } from '../seal/seal-records';
import { TIMESTAMP_AUTHORITIES } from '../timestamp/authorities';
import type { TimestampVerified } from '../timestamp/timestamp-outcome';
import { bundleProblem, type BundleProblem } from './bundle-problem';
import { SUMS_PATH } from './check-sha256-sums';
import type { BundleEntries } from './read-bundle-entries';
import { sealReasonOf } from './seal-reasons';
import type { VerifiedCapture } from './verify-exported-capture';

/** The export's own seal, over SHA256SUMS, as the check found it. */
export interface SumsSeal {
  /** The authority's time. */
  genTime: string;
  /** The time the device wrote in manifest.json, just before it asked for the seal. */
  exportedAt: string;
  authorityName: string;
}

export interface BundleSeals {
  problems: BundleProblem[];
  /** Null when the export has no seal of its own. */
  sums: SumsSeal | null;
}

/**
 * Verifies every seal of a bundle as « Vérifier » does, against the roots Témoin ships (and the
 * one the person gave for their own authority), never against the bundle's own chain.pem, which
 * only offers intermediates: each capture's seal.tsr must seal its metadataSha256, and
 * SHA256SUMS.tsr the bytes of SHA256SUMS. A seal that holds is set on its capture, as the
 * record the import stores; one that fails is named, with the reason.
 */
export async function checkBundleSeals(
  bundle: BundleEntries,
  captures: readonly VerifiedCapture[],
  manifestExportedAt: string,
  customRootsPem: readonly string[],
): Promise<BundleSeals> {
  const sealed = captures.filter(({ exported }) => exported.seal);
  const result: BundleSeals = { problems: [], sums: null };
  if (sealed.length === 0 && !bundle.names.has(SUMS_SEAL_PATH)) return result;
  const [{ verifyStoredTimestamp }, { measureClockOffset }] = await Promise.all([
    import('../timestamp/verify-timestamp'),
    import('../timestamp/clock-offset'),
  ]);
  const shipped = TIMESTAMP_AUTHORITIES.flatMap(({ trustedRoots }) =>
    trustedRoots.map(({ pem }) => pem),
  );
  const chainPem = bundle.texts.get(CHAIN_PATH);
  const verify = async (path: string, digestHex: string): Promise<TimestampVerified | null> => {
    const blob = bundle.blobs.get(path);
    // A seal listed but absent is named here; one present but unreadable was named already.
    if (!blob) {
      if (!bundle.names.has(path)) result.problems.push(bundleProblem('seal-missing', { path }));
      return null;
    }
    const verified = await verifyStoredTimestamp({
      timestamp: new Uint8Array(await blob.arrayBuffer()),
      digestHex,
      trustedRootsPem: [...shipped, ...customRootsPem],
      ...(chainPem ? { otherCertificatesPem: [chainPem] } : {}),
    });
    if (!verified.ok) {
      result.problems.push(bundleProblem(sealReasonOf(verified.reason), { path }));
      return null;
    }
    return verified;
  };

  for (const capture of sealed) {
    const { exported } = capture;
    const seal = exported.seal!;
    const folder = exported.custodyPath.slice(0, -'custody.jsonl'.length);
    if (seal.path !== `${folder}${CAPTURE_SEAL_NAME}`) {
      result.problems.push(bundleProblem('file-misplaced', { path: seal.path }));
      continue;
    }
    const actual = bundle.hashes.get(seal.path);
    if (actual !== undefined && actual !== seal.sha256) {
      result.problems.push(bundleProblem('seal-hash-mismatch', { path: seal.path }));
      continue;
    }
    const verified = await verify(seal.path, exported.metadataSha256);
    if (!verified) continue;
    if (Date.parse(verified.genTime) !== Date.parse(seal.genTime)) {
      result.problems.push(
        bundleProblem('seal-time-differs', { path: seal.path, found: verified.genTime }),
      );
      continue;
    }
    const authority = authorityOf(verified.chain.at(-1)?.sha256);
    const sentAt = new Date(seal.sentAt);
    const receivedAt = new Date(seal.receivedAt);
    const offset =
      receivedAt >= sentAt
        ? measureClockOffset({
            sentAt,
            receivedAt,
            genTime: new Date(verified.genTime),
            accuracy: verified.accuracy,
          })
        : null;
    if (!offset) {
      result.problems.push(bundleProblem('seal-device-times-invalid', { path: seal.path }));
      continue;
    }
    const record: SealRecord = {
      captureId: exported.captureId,
      digestHex: exported.metadataSha256,
      // The authority as its root proves it, not as metadata.json names it.
      authorityId: authority?.id ?? 'custom',
      authorityName: authority?.name ?? seal.authority.name,
      authorityUrl: authority?.url ?? seal.authority.url,
      eidasQualified: authority?.eidasQualified ?? false,
      response: new Uint8Array(await bundle.blobs.get(seal.path)!.arrayBuffer()),
      genTime: verified.genTime,
      queuedAt: seal.queuedAt,
      sentAt: seal.sentAt,
      receivedAt: seal.receivedAt,
      clockOffsetMs: offset.offsetMs,
      clockUncertaintyMs: offset.uncertaintyMs,
      chainPem: verified.chain.map(({ pem }) => pem).join(''),
    };
    capture.seal = record;
  }

  if (bundle.names.has(SUMS_SEAL_PATH)) {
    const sumsHash = bundle.hashes.get(SUMS_PATH);
    const verified = sumsHash ? await verify(SUMS_SEAL_PATH, sumsHash) : null;
    if (verified) {
      const authority = authorityOf(verified.chain.at(-1)?.sha256);
      result.sums = {
        genTime: verified.genTime,
        exportedAt: manifestExportedAt,
        authorityName: authority?.name ?? verified.tsaName ?? verified.signer.subject,
      };
    }
  }
  return result;
}

/** The shipped authority whose root a verified chain ends in, if any. */
function authorityOf(rootSha256: string | undefined) {
  return TIMESTAMP_AUTHORITIES.find(({ trustedRoots }) =>
    trustedRoots.some(({ sha256 }) => sha256 === rootSha256),
  );
}
