import type { TranslationOf } from './catalogue';
import type { problemMessagesFr } from './problem-messages-fr';

export const problemMessagesEn: TranslationOf<typeof problemMessagesFr> = {
  'not-a-zip': 'This file is not a ZIP archive.',
  truncated: 'The archive is truncated.',
  truncatedAt: 'The archive is truncated ({path}).',
  'corrupt-directory': "The archive's central directory is damaged.",
  'directory-too-large':
    "The archive's central directory is {size}: a Témoin export's is never over {limit}.",
  'zip64-unsupported': 'ZIP64 archives are not supported.',
  'multi-disk-unsupported': 'Archives split into several parts are not supported.',
  'encrypted-entry': '{path} is encrypted.',
  'unknown-method': '{path} uses an unknown compression method.',
  'unsafe-path': 'Unsafe path in the archive: {path}.',
  'symbolic-link': '{path} is a symbolic link: once unzipped, it could point at any file.',
  'duplicate-name': 'Two files are named {path}.',
  'names-collide':
    '{path} and {other} differ only by case or Unicode form: once unzipped, one would overwrite the other.',
  'second-name': '{path} carries a second name, {found}, which other tools would show instead.',
  'local-header-mismatch':
    '{path}: its local header does not say what the central directory says ({found}); other tools would see another file there.',
  'overlapping-entries':
    '{path} and {other} overlap in the archive: that is how a zip bomb is built, and no Témoin export does it.',
  'hidden-data':
    'The archive holds {size} outside any file: other tools could read other files there.',
  hiddenDataNear:
    'The archive holds {size} outside any file, next to {path}: other tools could read other files there.',
  'entry-too-large':
    '{path} is {size} once inflated: a Témoin export never holds one over {limit}.',
  'ratio-too-high':
    '{path} would inflate to {found} times its stored size (over {limit} times): it is a zip bomb.',
  'texts-too-large':
    "The archive's text files add up to {size}: a Témoin export's never exceed {limit}.",
  'crc-mismatch': '{path} is damaged (CRC-32 check failed).',
  'size-mismatch': '{path} does not have its declared size.',
  'corrupt-data': '{path} cannot be decompressed.',
  'unexpected-file': '{path} is not part of a Témoin export: it was not read.',
  'sums-missing': 'The SHA256SUMS file is missing.',
  'sums-bad-line': 'SHA256SUMS, line {line}: unreadable line.',
  'sums-duplicate-path': 'SHA256SUMS lists {path} twice.',
  'file-missing': '{path} is listed but missing from the archive.',
  'file-not-listed': '{path} is in the archive but not in SHA256SUMS.',
  'file-hash-mismatch': '{path} was changed: its SHA-256 does not match SHA256SUMS.',
  'file-not-described':
    '{path} is described neither by the manifest nor by any capture: nothing says where it comes from.',
  'file-misplaced':
    '{path} is out of place: each capture has only its own files, in its own folder.',
  'manifest-missing': 'The manifest.json file is missing.',
  'manifest-not-json': 'manifest.json is not valid JSON.',
  'manifest-unsupported-version': 'Unsupported export format: {found}.',
  'manifest-invalid': 'manifest.json does not follow the export format.',
  'capture-not-in-manifest': '{path} is not listed in manifest.json.',
  'duplicate-capture':
    '{path} holds the same capture as {other} (id {found}): a bundle may hold it only once.',
  'thread-missing': '{path} is missing: the thread listed in manifest.json is not there.',
  'thread-not-json': '{path} is not valid JSON.',
  'thread-invalid': '{path} does not follow the export format for threads.',
  'thread-not-in-manifest': '{path} is not listed in manifest.json.',
  'thread-record-mismatch':
    '{path}: the sealed thread no longer matches its hash: it was changed after the capture.',
  'thread-screen-missing':
    '{path} is missing: this screen of the sealed thread is not in the archive.',
  'thread-screen-not-sealed': '{path} is not a screen of the sealed thread, or is out of place.',
  'thread-screen-description-mismatch':
    '{path}: the description of screen {found} does not match the sealed one.',
  'thread-screen-hash-mismatch':
    '{path}: this screen no longer matches the hash sealed when it was captured: it was changed.',
  'thread-posts-mismatch': '{path}: the messages are not those of the sealed thread, in its order.',
  'thread-post-altered':
    '{path}: message {found} was changed: its address, id or content no longer matches its sealed key.',
  'thread-post-screen-unknown':
    '{path}: message {found} points to a screen the thread does not have.',
  'thread-file-misplaced':
    '{path} is not where the format puts this file of the thread, or belongs to no message.',
  'thread-file-missing':
    '{path} is missing: this file of the thread, listed in thread.json, is not in the archive.',
  'thread-file-hash-mismatch': '{path} does not match the hash thread.json gives it.',
  'thread-file-from-unknown-screen':
    '{path} says it comes from a screen the sealed thread does not have (or not its message’s).',
  'thread-stitched-mismatch':
    '{path}: this part of the stitched picture is not the one the thread’s seal lists.',
  'thread-crop-differs':
    '{path}: this crop no longer has exactly the pixels of its screen at the recorded place: it was replaced.',
  'thread-crop-unreadable': '{path} or its screen cannot be read as a picture.',
  'metadata-missing': '{path} is missing.',
  'metadata-not-json': '{path} is not valid JSON.',
  'metadata-invalid': '{path} does not follow the export format.',
  'metadata-not-canonical':
    '{path}: the sealed metadata holds half a character (a lone UTF-16 surrogate) that canonical JSON cannot write.',
  'metadata-hash-mismatch': 'The sealed metadata in {path} was changed.',
  'sealed-file-missing': '{path} is missing and no deletion is recorded.',
  'sealed-file-hash-mismatch': '{path} does not match the hash sealed at capture.',
  'derived-file-hash-mismatch': '{path} does not match the hash recorded beside it.',
  'crop-differs':
    '{path} does not have the pixels of the page screenshot at the sealed place: the cropped post was replaced.',
  'crop-unreadable': '{path} is not a readable PNG image: the cropped post cannot be checked.',
  'image-too-large':
    '{path} is {found} pixels: more than an 8K screen, and Témoin does not decode such an image.',
  'deleted-file-unproven': '{path} says {found} was deleted, but no custody entry records it.',
  'custody-missing': '{path} is missing.',
  'custody-bad-line': '{path}, line {line}: unreadable entry.',
  'custody-bad-entry': '{path}: entry {entry} is unreadable.',
  'custody-unknown-field':
    '{path}: entry {entry} holds an unknown field, {found}, which its hash does not cover.',
  'custody-foreign-entry': '{path}: entry {entry} belongs to another capture.',
  'custody-duplicate-entry': '{path}: entry {entry} is there twice.',
  'custody-id-mismatch': '{path}: the id of entry {entry} was changed.',
  'custody-hash-mismatch': '{path}: entry {entry} was changed.',
  'custody-broken-link': '{path}: the chain breaks at entry {entry}.',
  'custody-missing-entry': '{path}: entry {entry} is missing.',
  'custody-not-anchored': '{path}: the first entry does not point to the sealed metadata.',
  'annotation-mismatch':
    '{path}: the copy of the annotations ({found}) does not match the custody log.',
  'seal-missing': '{path} is missing although metadata.json says the evidence is sealed.',
  'seal-hash-mismatch': '{path} does not match the hash metadata.json gives for the seal.',
  'seal-time-differs':
    '{path}: metadata.json gives another time than the one the authority signed ({found}).',
  'seal-device-times-invalid':
    '{path}: metadata.json says the authority’s answer arrived before the request was sent.',
  'seal-malformed': '{path} is not a readable RFC 3161 timestamp token.',
  'seal-rejected': '{path} is a refusal from the authority, not a seal.',
  'seal-wrong-imprint':
    '{path} seals another hash than that of the files it comes with: it does not prove them.',
  'seal-signer-not-found':
    '{path}: the certificate that signed the seal is not included (looked up by its identifier).',
  'seal-not-timestamping':
    '{path}: the certificate that signed the seal is not a timestamping certificate.',
  'seal-signer-expired':
    '{path}: the certificate that signed the seal was not valid at the seal’s time.',
  'seal-bad-signature': '{path}: the seal’s signature is wrong (it was changed).',
  'seal-signer-not-bound':
    '{path}: the seal does not name the certificate that signed it (signing-certificate attribute).',
  'seal-untrusted-chain':
    '{path}: the seal’s signer chains to no root Témoin knows (those of the authorities offered, or the one given in the settings), or was not valid at the seal’s time.',
  'seal-unsupported-algorithm': '{path}: the seal uses an algorithm Témoin does not verify.',
};
