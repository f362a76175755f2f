const README = {
  fr: `Preuves exportées par Témoin
============================

Chaque capture a été faite à la demande de l'utilisateur, avec la fonction de capture d'écran
du navigateur. L'heure vient de l'horloge de l'appareil. Au moment de la capture, Témoin a
calculé l'empreinte SHA-256 de chaque image et scellé les informations (metadata.json) : leur
JSON canonique (style RFC 8785) a pour empreinte metadataSha256. Tout ce qui a été noté
ensuite (catégorie, signalements, notes, suppressions) figure dans custody.jsonl, un journal
où chaque entrée contient l'empreinte de la précédente ; la première contient metadataSha256.
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
`,
  en: `Evidence exported by Témoin
===========================

Each capture was taken at the user's request, with the browser's own screenshot function.
The time comes from the device clock. At capture, Témoin computed the SHA-256 of every image
and sealed the details (metadata.json): their canonical JSON (RFC 8785 style) hashes to
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
`,
} as const;

/** The bundle's README: how the evidence was collected and how to check it by hand. */
export function bundleReadme(language: 'fr' | 'en'): string {
  return README[language];
}
