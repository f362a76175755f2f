import type { TranslationOf } from './catalogue';
import type { sealMessagesFr } from './seal-messages-fr';

export const sealMessagesEn: TranslationOf<typeof sealMessagesFr> = {
  'seal.title': 'Timestamp seal',
  'seal.what':
    'An outside timestamp authority attests that each capture, then each export, existed as it is at the time it signs. Any later change shows.',
  'seal.leaves':
    'What leaves the computer: only a SHA-256 fingerprint (64 characters), sent to the authority chosen below. Never the capture, the page’s address or your notes. The authority sees the computer’s IP address.',
  'seal.enabled': 'Seal my captures and exports',
  'seal.authority': 'Timestamp authority',
  'seal.authority.sectigo-qualified': 'Sectigo, eIDAS qualified timestamps (15 s between requests)',
  'seal.authority.digicert': 'DigiCert',
  'seal.authority.freetsa': 'FreeTSA',
  'seal.authority.custom': 'Another address',
  'seal.customUrl': 'The authority’s address (http or https)',
  'seal.customRoot': 'The authority’s root certificate (PEM), which its seals must chain to',
  'seal.save': 'Save the seal',
  'seal.incomplete':
    'Give an http or https address and the authority’s root certificate (“-----BEGIN CERTIFICATE-----”).',
  'seal.permissionRefused': 'The browser did not give access to the authority: the seal stays off.',
  'seal.waiting': 'Waiting for its timestamp',
  'seal.waitingWhy.offline': 'the authority does not answer (offline?), another try later',
  'seal.waitingWhy.refused': 'the authority refused the request, another try later',
  'seal.waitingWhy.invalid-answer': 'the authority’s answer failed the checks, another try later',
  'seal.sealed': 'Sealed by {authority} on {time}',
  'seal.later': 'This seal dates from when it was obtained, not from the capture.',
  'seal.clockAhead': 'The computer’s clock was {offset} fast.',
  'seal.clockBehind': 'The computer’s clock was {offset} slow.',
  'seal.clockRight': 'The computer’s clock was right (within {offset}).',
  'seal.exporting': 'Asking the timestamp authority to seal the export…',
  'seal.exportUnsealed':
    'The timestamp authority did not answer in time: the export has no SHA256SUMS.tsr seal (the captures’ seals are in it).',
  'seal.qualified': 'eIDAS qualified timestamp',
  'seal.checkOk':
    'Seal verified: it seals the capture’s hash, its signature is valid, the signer was valid at the seal’s time and chains to a trusted root.',
  'seal.checkFailed': 'Seal refused ({reason}).',
  'seal.bundleSums':
    'The whole export (SHA256SUMS) is sealed by {authority} on {time}; the computer had dated it {deviceTime}, that is {difference}.',
  'seal.bundleCaptures': {
    one: '{count} piece of evidence sealed, its seal verified (hash, signature, signer at the seal’s time, chain to a known root):',
    other:
      '{count} pieces of evidence sealed, each seal verified (hash, signature, signer at the seal’s time, chain to a known root):',
  },
  'seal.bundleCapture': '{path}: sealed by {authority} on {time}.',
  'seal.deviceAhead': 'the computer {offset} ahead',
  'seal.deviceBehind': 'the computer {offset} behind',
};
