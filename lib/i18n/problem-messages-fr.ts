/** What is wrong with a bundle or a capture, one sentence per reason, naming what is concerned. */
export const problemMessagesFr = {
  'not-a-zip': "Ce fichier n'est pas une archive ZIP.",
  truncated: "L'archive est tronquée.",
  truncatedAt: "L'archive est tronquée ({path}).",
  'corrupt-directory': "Le répertoire central de l'archive est endommagé.",
  'directory-too-large':
    "Le répertoire central de l'archive fait {size} : celui d'un export Témoin ne dépasse jamais {limit}.",
  'zip64-unsupported': 'Les archives ZIP64 ne sont pas prises en charge.',
  'multi-disk-unsupported': 'Les archives en plusieurs parties ne sont pas prises en charge.',
  'encrypted-entry': '{path} est chiffré.',
  'unknown-method': '{path} utilise une compression inconnue.',
  'unsafe-path': "Chemin dangereux dans l'archive : {path}.",
  'symbolic-link':
    "{path} est un lien symbolique : une fois décompressé, il pourrait viser n'importe quel fichier.",
  'duplicate-name': 'Deux fichiers portent le nom {path}.',
  'names-collide':
    '{path} et {other} ne diffèrent que par la casse ou la forme Unicode : une fois décompressés, l’un écraserait l’autre.',
  'second-name':
    '{path} porte un second nom, {found}, que d’autres outils afficheraient à sa place.',
  'local-header-mismatch':
    '{path} : son en-tête local ne dit pas la même chose que le répertoire central ({found}) ; d’autres outils y verraient un autre fichier.',
  'overlapping-entries':
    '{path} et {other} se chevauchent dans l’archive : c’est la forme d’une bombe de décompression, aucun export Témoin ne le fait.',
  'hidden-data':
    "L'archive contient {size} hors de tout fichier : d'autres outils pourraient y lire d'autres fichiers.",
  hiddenDataNear:
    "L'archive contient {size} hors de tout fichier, près de {path} : d'autres outils pourraient y lire d'autres fichiers.",
  'entry-too-large':
    '{path} fait {size} une fois décompressé : un export Témoin n’en contient jamais de plus de {limit}.',
  'ratio-too-high':
    '{path} se décompresserait {found} fois plus gros qu’il n’est stocké (plus de {limit} fois) : c’est une bombe de décompression.',
  'texts-too-large':
    "Les fichiers texte de l'archive font {size} en tout : ceux d'un export Témoin ne dépassent jamais {limit}.",
  'crc-mismatch': '{path} est endommagé (contrôle CRC-32 en échec).',
  'size-mismatch': "{path} n'a pas la taille annoncée.",
  'corrupt-data': '{path} ne peut pas être décompressé.',
  'unexpected-file': "{path} ne fait pas partie d'un export Témoin : il n'a pas été lu.",
  'sums-missing': 'Le fichier SHA256SUMS manque.',
  'sums-bad-line': 'SHA256SUMS, ligne {line} : ligne illisible.',
  'sums-duplicate-path': 'SHA256SUMS liste {path} deux fois.',
  'file-missing': "{path} est listé mais absent de l'archive.",
  'file-not-listed': "{path} est dans l'archive mais pas dans SHA256SUMS.",
  'file-hash-mismatch': '{path} a été modifié : son SHA-256 ne correspond pas à SHA256SUMS.',
  'file-not-described':
    "{path} n'est décrit ni par le manifeste ni par aucune capture : rien ne dit d'où il vient.",
  'file-misplaced':
    "{path} n'est pas à sa place : chaque capture n'a que ses fichiers, dans son dossier.",
  'manifest-missing': 'Le fichier manifest.json manque.',
  'manifest-not-json': "manifest.json n'est pas du JSON valide.",
  'manifest-unsupported-version': "Format d'export non pris en charge : {found}.",
  'manifest-invalid': "manifest.json ne suit pas le format d'export.",
  'capture-not-in-manifest': "{path} n'est pas listé dans manifest.json.",
  'duplicate-capture':
    '{path} contient la même preuve que {other} (identifiant {found}) : une archive ne peut la contenir qu’une fois.',
  'thread-missing': '{path} manque : le fil listé dans manifest.json n’est pas là.',
  'thread-not-json': "{path} n'est pas du JSON valide.",
  'thread-invalid': "{path} ne suit pas le format d'export des fils.",
  'thread-not-in-manifest': "{path} n'est pas listé dans manifest.json.",
  'thread-record-mismatch':
    '{path} : le fil scellé ne correspond plus à son empreinte : il a été modifié après la capture.',
  'thread-screen-missing': '{path} manque : cet écran du fil scellé n’est pas dans l’archive.',
  'thread-screen-not-sealed': '{path} n’est pas un écran du fil scellé, ou n’est pas à sa place.',
  'thread-screen-description-mismatch':
    '{path} : la description de l’écran {found} ne correspond pas à celle scellée.',
  'thread-screen-hash-mismatch':
    '{path} : cet écran ne correspond plus à l’empreinte scellée à sa capture : il a été modifié.',
  'thread-posts-mismatch': '{path} : les messages ne sont pas ceux du fil scellé, dans son ordre.',
  'thread-post-altered':
    '{path} : le message {found} a été modifié : son adresse, son identifiant ou son contenu ne correspond plus à sa clé scellée.',
  'thread-post-screen-unknown':
    '{path} : le message {found} renvoie à un écran que le fil n’a pas.',
  'thread-file-misplaced':
    '{path} n’est pas à la place que le format donne à ce fichier du fil, ou n’a pas de message à qui appartenir.',
  'thread-file-missing':
    '{path} manque : ce fichier du fil, listé dans thread.json, n’est pas dans l’archive.',
  'thread-file-hash-mismatch': '{path} ne correspond pas à l’empreinte que thread.json lui donne.',
  'thread-file-from-unknown-screen':
    '{path} dit venir d’un écran que le fil scellé n’a pas (ou pas celui de son message).',
  'thread-stitched-mismatch':
    '{path} : cette partie de l’image assemblée n’est pas celle que le sceau du fil liste.',
  'thread-crop-differs':
    '{path} : cette découpe n’a plus exactement les pixels de son écran à l’endroit enregistré : elle a été remplacée.',
  'thread-crop-unreadable': '{path} ou son écran ne peut pas être lu comme une image.',
  'metadata-missing': '{path} manque.',
  'metadata-not-json': "{path} n'est pas du JSON valide.",
  'metadata-invalid': "{path} ne suit pas le format d'export.",
  'metadata-not-canonical':
    '{path} : les métadonnées scellées contiennent un demi-caractère (UTF-16 isolé) que le JSON canonique ne peut pas écrire.',
  'metadata-hash-mismatch': 'Les métadonnées scellées de {path} ont été modifiées.',
  'sealed-file-missing': "{path} manque alors qu'aucune suppression n'est consignée.",
  'sealed-file-hash-mismatch': "{path} ne correspond pas à l'empreinte scellée à la capture.",
  'derived-file-hash-mismatch': "{path} ne correspond pas à l'empreinte indiquée à côté de lui.",
  'crop-differs':
    "{path} n'a pas les pixels de la capture de la page à l'endroit scellé : la publication recadrée a été remplacée.",
  'crop-unreadable':
    "{path} n'est pas une image PNG lisible : la publication recadrée ne peut pas être vérifiée.",
  'image-too-large':
    "{path} fait {found} pixels : c'est plus qu'un écran 8K, Témoin ne décode pas une image pareille.",
  'deleted-file-unproven':
    '{path} déclare supprimé le fichier {found} sans entrée de journal qui le consigne.',
  'custody-missing': '{path} manque.',
  'custody-bad-line': '{path}, ligne {line} : entrée illisible.',
  'custody-bad-entry': "{path} : l'entrée {entry} est illisible.",
  'custody-unknown-field':
    "{path} : l'entrée {entry} contient un champ inconnu, {found}, que son empreinte ne couvre pas.",
  'custody-foreign-entry': "{path} : l'entrée {entry} appartient à une autre capture.",
  'custody-duplicate-entry': "{path} : l'entrée {entry} figure deux fois.",
  'custody-id-mismatch': "{path} : l'identifiant de l'entrée {entry} a été modifié.",
  'custody-hash-mismatch': "{path} : l'entrée {entry} a été modifiée.",
  'custody-broken-link': "{path} : la chaîne est rompue à l'entrée {entry}.",
  'custody-missing-entry': "{path} : l'entrée {entry} manque.",
  'custody-not-anchored': '{path} : la première entrée ne renvoie pas aux métadonnées scellées.',
  'annotation-mismatch':
    '{path} : la copie des annotations ({found}) ne correspond pas au journal de conservation.',
  'seal-missing': '{path} manque alors que metadata.json dit la preuve scellée.',
  'seal-hash-mismatch': "{path} ne correspond pas à l'empreinte que metadata.json donne du sceau.",
  'seal-time-differs':
    "{path} : metadata.json donne une autre heure que celle que l'autorité a signée ({found}).",
  'seal-device-times-invalid':
    "{path} : metadata.json dit que la réponse de l'autorité est arrivée avant l'envoi de la demande.",
  'seal-malformed': "{path} n'est pas un jeton d'horodatage RFC 3161 lisible.",
  'seal-rejected': "{path} est un refus de l'autorité, pas un sceau.",
  'seal-wrong-imprint':
    "{path} scelle une autre empreinte que celle des fichiers qu'il accompagne : il ne les prouve pas.",
  'seal-signer-not-found':
    "{path} : le certificat qui a signé le sceau n'est pas joint (recherché par son identifiant).",
  'seal-not-timestamping':
    "{path} : le certificat qui a signé le sceau n'est pas un certificat d'horodatage.",
  'seal-signer-expired':
    "{path} : le certificat qui a signé le sceau n'était pas valide à l'heure du sceau.",
  'seal-bad-signature': '{path} : la signature du sceau est fausse (il a été modifié).',
  'seal-signer-not-bound':
    "{path} : le sceau ne désigne pas le certificat qui l'a signé (attribut signing-certificate).",
  'seal-untrusted-chain':
    "{path} : le signataire du sceau ne remonte à aucune racine que Témoin connaît (celles des autorités proposées, ou celle donnée dans les réglages), ou n'était pas valide à l'heure du sceau.",
  'seal-unsupported-algorithm':
    '{path} : le sceau utilise un algorithme que Témoin ne vérifie pas.',
} as const;
