/** The seal's words (RFC 3161 timestamps), in French, the reference language. */
export const sealMessagesFr = {
  'seal.title': 'Sceau d’horodatage',
  'seal.what':
    'Une autorité d’horodatage extérieure atteste que chaque preuve, puis chaque export, existait tel quel à l’heure qu’elle signe. Une modification ultérieure se voit.',
  'seal.leaves':
    'Ce qui quitte l’ordinateur : seulement une empreinte SHA-256 (64 caractères), envoyée à l’autorité choisie ci-dessous. Jamais la capture, l’adresse de la page ni vos notes. L’autorité voit l’adresse IP de l’ordinateur.',
  'seal.enabled': 'Sceller mes preuves et mes exports',
  'seal.authority': 'Autorité d’horodatage',
  'seal.authority.sectigo-qualified':
    'Sectigo, horodatage qualifié eIDAS (15 s entre deux demandes)',
  'seal.authority.digicert': 'DigiCert',
  'seal.authority.freetsa': 'FreeTSA',
  'seal.authority.custom': 'Une autre adresse',
  'seal.customUrl': 'Adresse de l’autorité (http ou https)',
  'seal.customRoot': 'Certificat racine de l’autorité (PEM), auquel ses sceaux doivent remonter',
  'seal.save': 'Enregistrer le sceau',
  'seal.incomplete':
    'Indiquez une adresse http ou https et le certificat racine de l’autorité (« -----BEGIN CERTIFICATE----- »).',
  'seal.permissionRefused':
    'Le navigateur n’a pas donné l’accès à l’autorité : le sceau reste désactivé.',
  'seal.waiting': 'En attente d’horodatage',
  'seal.waitingWhy.offline': 'l’autorité ne répond pas (hors ligne ?), nouvel essai plus tard',
  'seal.waitingWhy.refused': 'l’autorité a refusé la demande, nouvel essai plus tard',
  'seal.waitingWhy.invalid-answer':
    'la réponse de l’autorité n’a pas passé les vérifications, nouvel essai plus tard',
  'seal.sealed': 'Scellé par {authority} le {time}',
  'seal.later': 'Ce sceau date de son obtention, pas de la capture.',
  'seal.clockAhead': 'L’horloge de l’ordinateur avançait de {offset}.',
  'seal.clockBehind': 'L’horloge de l’ordinateur retardait de {offset}.',
  'seal.clockRight': 'L’horloge de l’ordinateur était à l’heure (à {offset} près).',
  'seal.exporting': 'Demande du sceau de l’export à l’autorité d’horodatage…',
  'seal.exportUnsealed':
    'L’autorité d’horodatage n’a pas répondu à temps : l’export n’a pas de sceau SHA256SUMS.tsr (les sceaux des captures y sont).',
  'seal.qualified': 'horodatage qualifié eIDAS',
  'seal.checkOk':
    'Sceau vérifié : il scelle bien l’empreinte de la capture, sa signature est valide, le signataire était valide à l’heure du sceau et remonte à une racine de confiance.',
  'seal.checkFailed': 'Sceau refusé ({reason}).',
  'seal.bundleSums':
    'Tout l’export (SHA256SUMS) est scellé par {authority} le {time} ; l’ordinateur l’avait daté du {deviceTime}, soit {difference}.',
  'seal.bundleCaptures': {
    one: '{count} preuve scellée, son sceau vérifié (empreinte, signature, signataire à l’heure du sceau, chaîne jusqu’à une racine connue) :',
    other:
      '{count} preuves scellées, chaque sceau vérifié (empreinte, signature, signataire à l’heure du sceau, chaîne jusqu’à une racine connue) :',
  },
  'seal.bundleCapture': '{path} : scellé par {authority} le {time}.',
  'seal.deviceAhead': '{offset} d’avance pour l’ordinateur',
  'seal.deviceBehind': '{offset} de retard pour l’ordinateur',
} as const;
