import type { Locale } from '../i18n/translate';
import type { BundleProblem, BundleReason, ProblemDetails } from './bundle-problem';

type Message = (details: ProblemDetails) => { fr: string; en: string };

const at = ({ path }: ProblemDetails) => path ?? '?';
const entry = ({ entry: index }: ProblemDetails) => index ?? '?';

/** One sentence per reason, in both languages, naming the file, line or entry concerned. */
export const problemMessages: Record<BundleReason, Message> = {
  'not-a-zip': () => ({
    fr: "Ce fichier n'est pas une archive ZIP.",
    en: 'This file is not a ZIP archive.',
  }),
  truncated: (details) => ({
    fr: `L'archive est tronquée${details.path ? ` (${at(details)})` : ''}.`,
    en: `The archive is truncated${details.path ? ` (${at(details)})` : ''}.`,
  }),
  'corrupt-directory': () => ({
    fr: "Le répertoire central de l'archive est endommagé.",
    en: "The archive's central directory is damaged.",
  }),
  'zip64-unsupported': () => ({
    fr: 'Les archives ZIP64 ne sont pas prises en charge.',
    en: 'ZIP64 archives are not supported.',
  }),
  'multi-disk-unsupported': () => ({
    fr: 'Les archives en plusieurs parties ne sont pas prises en charge.',
    en: 'Archives split into several parts are not supported.',
  }),
  'encrypted-entry': (details) => ({
    fr: `${at(details)} est chiffré.`,
    en: `${at(details)} is encrypted.`,
  }),
  'unknown-method': (details) => ({
    fr: `${at(details)} utilise une compression inconnue.`,
    en: `${at(details)} uses an unknown compression method.`,
  }),
  'unsafe-path': (details) => ({
    fr: `Chemin dangereux dans l'archive : ${at(details)}.`,
    en: `Unsafe path in the archive: ${at(details)}.`,
  }),
  'duplicate-name': (details) => ({
    fr: `Deux fichiers portent le nom ${at(details)}.`,
    en: `Two files are named ${at(details)}.`,
  }),
  'crc-mismatch': (details) => ({
    fr: `${at(details)} est endommagé (contrôle CRC-32 en échec).`,
    en: `${at(details)} is damaged (CRC-32 check failed).`,
  }),
  'size-mismatch': (details) => ({
    fr: `${at(details)} n'a pas la taille annoncée.`,
    en: `${at(details)} does not have its declared size.`,
  }),
  'corrupt-data': (details) => ({
    fr: `${at(details)} ne peut pas être décompressé.`,
    en: `${at(details)} cannot be decompressed.`,
  }),
  'sums-missing': () => ({
    fr: 'Le fichier SHA256SUMS manque.',
    en: 'The SHA256SUMS file is missing.',
  }),
  'sums-bad-line': (details) => ({
    fr: `SHA256SUMS, ligne ${details.line} : ligne illisible.`,
    en: `SHA256SUMS, line ${details.line}: unreadable line.`,
  }),
  'sums-duplicate-path': (details) => ({
    fr: `SHA256SUMS liste ${at(details)} deux fois.`,
    en: `SHA256SUMS lists ${at(details)} twice.`,
  }),
  'file-missing': (details) => ({
    fr: `${at(details)} est listé mais absent de l'archive.`,
    en: `${at(details)} is listed but missing from the archive.`,
  }),
  'file-not-listed': (details) => ({
    fr: `${at(details)} est dans l'archive mais pas dans SHA256SUMS.`,
    en: `${at(details)} is in the archive but not in SHA256SUMS.`,
  }),
  'file-hash-mismatch': (details) => ({
    fr: `${at(details)} a été modifié : son SHA-256 ne correspond pas à SHA256SUMS.`,
    en: `${at(details)} was changed: its SHA-256 does not match SHA256SUMS.`,
  }),
  'manifest-missing': () => ({
    fr: 'Le fichier manifest.json manque.',
    en: 'The manifest.json file is missing.',
  }),
  'manifest-not-json': () => ({
    fr: "manifest.json n'est pas du JSON valide.",
    en: 'manifest.json is not valid JSON.',
  }),
  'manifest-unsupported-version': (details) => ({
    fr: `Format d'export non pris en charge : ${details.found}.`,
    en: `Unsupported export format: ${details.found}.`,
  }),
  'manifest-invalid': () => ({
    fr: "manifest.json ne suit pas le format d'export.",
    en: 'manifest.json does not follow the export format.',
  }),
  'capture-not-in-manifest': (details) => ({
    fr: `${at(details)} n'est pas listé dans manifest.json.`,
    en: `${at(details)} is not listed in manifest.json.`,
  }),
  'metadata-missing': (details) => ({
    fr: `${at(details)} manque.`,
    en: `${at(details)} is missing.`,
  }),
  'metadata-not-json': (details) => ({
    fr: `${at(details)} n'est pas du JSON valide.`,
    en: `${at(details)} is not valid JSON.`,
  }),
  'metadata-invalid': (details) => ({
    fr: `${at(details)} ne suit pas le format d'export.`,
    en: `${at(details)} does not follow the export format.`,
  }),
  'metadata-hash-mismatch': (details) => ({
    fr: `Les métadonnées scellées de ${at(details)} ont été modifiées.`,
    en: `The sealed metadata in ${at(details)} was changed.`,
  }),
  'sealed-file-missing': (details) => ({
    fr: `${at(details)} manque alors qu'aucune suppression n'est consignée.`,
    en: `${at(details)} is missing and no deletion is recorded.`,
  }),
  'sealed-file-hash-mismatch': (details) => ({
    fr: `${at(details)} ne correspond pas à l'empreinte scellée à la capture.`,
    en: `${at(details)} does not match the hash sealed at capture.`,
  }),
  'derived-file-hash-mismatch': (details) => ({
    fr: `${at(details)} ne correspond pas à l'empreinte indiquée dans metadata.json.`,
    en: `${at(details)} does not match the hash given in metadata.json.`,
  }),
  'deleted-file-unproven': (details) => ({
    fr: `${at(details)} déclare supprimé le fichier ${details.found} sans entrée de journal qui le consigne.`,
    en: `${at(details)} says ${details.found} was deleted, but no custody entry records it.`,
  }),
  'custody-missing': (details) => ({
    fr: `${at(details)} manque.`,
    en: `${at(details)} is missing.`,
  }),
  'custody-bad-line': (details) => ({
    fr: `${at(details)}, ligne ${details.line} : entrée illisible.`,
    en: `${at(details)}, line ${details.line}: unreadable entry.`,
  }),
  'custody-hash-mismatch': (details) => ({
    fr: `${at(details)} : l'entrée ${entry(details)} a été modifiée.`,
    en: `${at(details)}: entry ${entry(details)} was changed.`,
  }),
  'custody-broken-link': (details) => ({
    fr: `${at(details)} : la chaîne est rompue à l'entrée ${entry(details)}.`,
    en: `${at(details)}: the chain breaks at entry ${entry(details)}.`,
  }),
  'custody-missing-entry': (details) => ({
    fr: `${at(details)} : l'entrée ${entry(details)} manque.`,
    en: `${at(details)}: entry ${entry(details)} is missing.`,
  }),
  'custody-not-anchored': (details) => ({
    fr: `${at(details)} : la première entrée ne renvoie pas aux métadonnées scellées.`,
    en: `${at(details)}: the first entry does not point to the sealed metadata.`,
  }),
};

/** A problem in the reader's language. */
export function describeProblem(problem: BundleProblem, locale: Locale): string {
  return problemMessages[problem.reason](problem)[locale];
}
