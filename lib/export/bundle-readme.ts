import { threadsReadme } from './bundle-readme-threads';

/**
 * The command of step 4, the same in both languages: it recomputes each custody entry's hash
 * from the six fields the hash covers, and says which entries no longer match.
 */
const ENTRY_HASHES = `   while IFS= read -r e; do
     n=$(printf '%s' "$e" | jq .index)
     h=$(printf '%s' "$e" | jq -cjS '{at,captureId,data,index,kind,previousHash}' | sha256sum)
     [ "\${h%% *}" = "$(printf '%s' "$e" | jq -r .hash)" ] && echo "$n OK" || echo "$n FAILED"
   done < custody.jsonl`;

/** The command that prints every entry with a field it should not have, or a wrong id. */
const ENTRY_FIELDS = `   jq -c 'select(keys != ["at","captureId","data","hash","id","index","kind","previousHash"]
     or .id != "\\(.captureId)/\\("000000\\(.index)"[-6:])")' custody.jsonl`;

const README = {
  fr: `Preuves exportées par Témoin
============================

Chaque capture a été faite à la demande de l'utilisateur, avec la fonction de capture d'écran
du navigateur. L'heure vient de l'horloge de l'appareil. Au moment de la capture, Témoin a
calculé l'empreinte SHA-256 de chaque image et scellé les informations (metadata.json) : leur
JSON canonique (RFC 8785) a pour empreinte metadataSha256. Tout ce qui a été noté ensuite
(catégorie, signalements, notes, suppressions) figure dans custody.jsonl, un journal où chaque
entrée contient l'empreinte de la précédente ; la première contient metadataSha256.
report.pdf présente les mêmes preuves pour une plainte ; ses images sont des reproductions,
les originaux sont les fichiers .png de chaque dossier.

Vérifier
--------
1. Décompressez l'archive, puis dans son dossier : sha256sum -c SHA256SUMS
   Chaque fichier doit être « OK » (« Réussi »).
2. Pour une capture, recalculez le SHA-256 du JSON canonique de « metadata » dans
   metadata.json : il doit être égal à « metadataSha256 ».
3. Dans custody.jsonl, « previousHash » de chaque entrée est le « hash » de la précédente ;
   celui de la première est metadataSha256.
4. Le « hash » de chaque entrée est le SHA-256 du JSON canonique de ses six champs
   captureId, index, at, kind, data et previousHash, et d'eux seuls. « id » n'y est pas,
   mais il vaut toujours captureId, « / » et index sur six chiffres (…/000002), et une
   entrée n'a aucun autre champ. Dans le dossier d'une capture, avec jq et sha256sum,
   chaque entrée doit donner « OK » :

${ENTRY_HASHES}

   et cette commande ne doit rien afficher (un champ en trop, ou un id faux) :

${ENTRY_FIELDS}

   jq écrit le caractère de contrôle DEL (U+007F) « \\u007f » là où le JSON canonique
   l'écrit tel quel : une entrée dont le texte en contient un donne FAILED ici seulement.
`,
  en: `Evidence exported by Témoin
===========================

Each capture was taken at the user's request, with the browser's own screenshot function.
The time comes from the device clock. At capture, Témoin computed the SHA-256 of every image
and sealed the details (metadata.json): their canonical JSON (RFC 8785) hashes to
metadataSha256. Everything recorded later (category, reports, notes, deletions) is in
custody.jsonl, a log in which each entry holds the hash of the one before; the first holds
metadataSha256. report.pdf presents the same evidence for a complaint; its pictures are
reproductions, the originals are the .png files in each folder.

Verify
------
1. Unzip the archive, then in its folder: sha256sum -c SHA256SUMS
   Every file must be "OK".
2. For a capture, recompute the SHA-256 of the canonical JSON of "metadata" in
   metadata.json: it must equal "metadataSha256".
3. In custody.jsonl, each entry's "previousHash" is the "hash" of the entry before; the
   first one's is metadataSha256.
4. Each entry's "hash" is the SHA-256 of the canonical JSON of its six fields captureId,
   index, at, kind, data and previousHash, and of nothing else. "id" is not among them, but
   it is always captureId, "/" and index on six digits (.../000002), and an entry has no
   other field. In a capture's folder, with jq and sha256sum, every entry must say "OK":

${ENTRY_HASHES}

   and this command must print nothing (a field too many, or a wrong id):

${ENTRY_FIELDS}

   jq writes the control character DEL (U+007F) as "\\u007f" where canonical JSON writes it
   as it is: an entry whose text holds one says FAILED here only.
`,
} as const;

const SEALS = {
  fr: `
Sceaux d'horodatage (RFC 3161)
------------------------------
Une autorité d'horodatage extérieure a signé, avec sa propre heure, l'empreinte d'une capture
(captures/<dossier>/seal.tsr, sur metadataSha256) et celle de cet export (SHA256SUMS.tsr, sur
le fichier SHA256SUMS). Un sceau prouve que les fichiers existaient, inchangés, à cette heure ;
il ne prouve pas que la page apparaissait ainsi à tout le monde. chain.pem contient les
certificats racine et intermédiaires des autorités : comparez l'empreinte de la racine avec
celle que publie l'autorité. Avec OpenSSL, dans le dossier de l'archive :

- Pour une capture scellée (metadataSha256 est dans son metadata.json) :
   openssl ts -verify -digest <metadataSha256> -in captures/<dossier>/seal.tsr -CAfile chain.pem
- Pour l'export entier, si SHA256SUMS.tsr est présent :
   openssl ts -verify -data SHA256SUMS -in SHA256SUMS.tsr -CAfile chain.pem
   Chaque commande doit répondre « Verification: OK ».
   openssl ts -reply -in SHA256SUMS.tsr -text affiche l'heure de l'autorité.
`,
  en: `
Timestamp seals (RFC 3161)
--------------------------
An outside timestamp authority signed, with its own time, the hash of a capture
(captures/<folder>/seal.tsr, over metadataSha256) and that of this export (SHA256SUMS.tsr, over
the SHA256SUMS file). A seal proves that the files existed, unchanged, at that time; it does
not prove that the page looked the same to everyone. chain.pem holds the authorities' root and
intermediate certificates: compare the root's fingerprint with the one the authority
publishes. With OpenSSL, in the archive's folder:

- For a sealed capture (metadataSha256 is in its metadata.json):
   openssl ts -verify -digest <metadataSha256> -in captures/<folder>/seal.tsr -CAfile chain.pem
- For the whole export, when SHA256SUMS.tsr is there:
   openssl ts -verify -data SHA256SUMS -in SHA256SUMS.tsr -CAfile chain.pem
   Each command must answer "Verification: OK".
   openssl ts -reply -in SHA256SUMS.tsr -text prints the authority's time.
`,
} as const;

/**
 * The bundle's README: how the evidence was collected and how to check it by hand, the seals
 * with OpenSSL's commands when the export has any.
 */
export function bundleReadme(
  language: 'fr' | 'en',
  { sealed, threads = false }: { sealed: boolean; threads?: boolean },
): string {
  const seals = sealed ? SEALS[language] : '';
  return README[language] + threadsReadme(language, threads) + seals;
}
