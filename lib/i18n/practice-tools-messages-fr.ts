/** The words of the practice space's tools, the training form and the quiz, in French. */
export const practiceToolsMessagesFr = {
  'training.title': 'Formulaire d’entraînement — rien n’est envoyé',
  'training.intro':
    'Une copie d’entraînement du formulaire PHAROS. Témoin la remplit exactement comme le vrai, avec le même panneau ; relisez chaque champ. Cette page ne peut rien envoyer : « Envoyer » montre seulement ce qu’un vrai signalement aurait contenu.',
  'training.noCapture':
    'Aucune capture d’exercice n’a été choisie : remplissez le formulaire à la main, ou ouvrez-le depuis une capture de l’espace d’entraînement pour le voir rempli par Témoin.',
  'training.back': 'Retour à l’espace d’entraînement',
  'training.nothingSent': 'Rien n’a été envoyé.',
  'training.wouldHave': 'Voici ce qu’un vrai signalement aurait contenu :',
  'training.empty': 'vide',
  'training.missing': {
    one: '{count} champ obligatoire est vide : le vrai formulaire le demanderait.',
    other: '{count} champs obligatoires sont vides : le vrai formulaire les demanderait.',
  },
  'training.checkTitle': 'À vérifier avant d’envoyer un vrai signalement',
  'training.check.address':
    'L’adresse est celle de la publication elle-même, pas celle du fil ou de la page d’accueil.',
  'training.check.dates': 'La date et l’heure de publication, et celles où vous l’avez vue.',
  'training.check.facts':
    'La description dit ce que vous avez vu, sans en rajouter : un signalement mensonger est puni (code pénal, art. 226-10).',
  'training.check.identity': 'Vos coordonnées sont facultatives : vous pouvez rester anonyme.',
  'training.check.person':
    'Le code de sécurité et « Je certifie… » sont à vous : Témoin n’y touche jamais, et c’est vous qui envoyez.',
  'training.check.emergency':
    'PHAROS n’est pas un service d’urgence : si quelqu’un est en danger, appelez le 17 ou le 112.',
  'training.backToForm': 'Revenir au formulaire',
  'quiz.title': 'Quiz : où signaler ?',
  'quiz.pageTitle': 'Témoin · Quiz d’orientation',
  'quiz.intro':
    'Pour chaque situation, cochez les services où signaler. La correction est celle de Témoin lui-même, avec ses raisons. Rien n’est gardé après la séance.',
  'quiz.progress': 'Situation {index} sur {count}',
  'quiz.channels': 'Où signaler ?',
  'quiz.check': 'Vérifier ma réponse',
  'quiz.next': 'Situation suivante',
  'quiz.finish': 'Voir mon score',
  'quiz.right': 'Bonne réponse.',
  'quiz.notQuite': 'Pas tout à fait.',
  'quiz.verdict.right': 'Bien vu',
  'quiz.verdict.missed': 'Oublié',
  'quiz.verdict.extra': 'Pas ici',
  'quiz.extraWhy': 'Témoin ne le recommande pas pour cette situation.',
  'quiz.score': {
    one: 'Score : {count} situation bien orientée sur {total}.',
    other: 'Score : {count} situations bien orientées sur {total}.',
  },
  'quiz.again': 'Recommencer',
  'quiz.back': 'Retour à l’espace d’entraînement',
} as const;
