/** The classroom sheets' words, in French, the reference language. */
export const classroomMessagesFr = {
  teacherTitle: 'Fiche enseignant : garder une preuve et signaler',
  pupilTitle: 'Fiche élève : garder une preuve et signaler',
  subtitle: 'Séance d’une heure avec l’espace d’entraînement de Témoin',
  footer: 'Témoin · {title} · page {page} sur {count}',
  aboutTitle: 'Ce que fait l’espace d’entraînement',
  aboutText:
    'Tout y est fictif : personnes, comptes et messages ont été inventés. Les captures d’exercice sont rangées à part des vraies preuves, marquées « EXERCICE », et s’effacent en un clic. Le formulaire d’entraînement ne peut rien envoyer. Rien n’est enregistré sur les élèves, aucun compte n’est nécessaire, tout fonctionne hors ligne.',
  planTitle: 'Déroulé proposé (60 minutes)',
  'plan.1': '5 min · Ce qu’il ne faut jamais faire (voir plus bas), les numéros d’urgence.',
  'plan.2':
    '10 min · Mode guidé au vidéoprojecteur (mode projecteur) : les six étapes sur une situation.',
  'plan.3': '15 min · Par deux : capturer une publication, la vérifier, dire de quoi il s’agit.',
  'plan.4': '15 min · Quiz d’orientation : où signaler, et pourquoi.',
  'plan.5': '10 min · Formulaire d’entraînement : relire ce que Témoin a rempli, puis « Envoyer ».',
  'plan.6': '5 min · Bilan ; effacer les exercices en un clic.',
  beforeTitle: 'Avant la séance',
  beforeText:
    'Installez Témoin sur le poste de la classe et ouvrez l’espace d’entraînement (dans la fenêtre de Témoin, « S’entraîner sur une page d’exemple »). Le bouton « Mode projecteur » agrandit le texte et renforce les contrastes pour le fond de la salle. Après la séance, « Effacer les exercices » supprime toutes les captures d’exercice.',
  stepsTitle: 'Les six étapes',
  stepLaw: 'Loi : {law}',
  stepLawCategory:
    'Loi : celle de la catégorie choisie (par exemple, pour une menace, code pénal, art. 222-17 et 222-18).',
  channelsTitle: 'Où signaler',
  emergencyTitle: 'Numéros d’urgence',
  emergencyText:
    'En cas de danger immédiat, on appelle d’abord : PHAROS n’est pas un service d’urgence.',
  dontTitle: 'Ce qu’il ne faut jamais faire',
  'dont.share':
    'Ne jamais partager le contenu, même pour le dénoncer : cela le diffuse encore. On garde la preuve pour soi et on la transmet au service compétent.',
  'dont.answer':
    'Ne jamais répondre à l’auteur : on ne négocie pas, on ne se venge pas, on bloque.',
  'dont.childImages':
    'Ne jamais garder ni transférer une image d’abus sexuel sur un enfant : on signale seulement l’adresse.',
  'dont.alone': 'Ne pas rester seul : en parler à un adulte de confiance, ou appeler le 3018.',
  keyTitle: 'Corrigé des situations (calculé par Témoin)',
  keySetting: 'Situation',
  keyChannels: 'Où signaler',
  keyWhy: 'Pourquoi',
  exercisesTitle: 'À toi de jouer',
  exercisesHelp:
    'Pour chaque situation, réponds sur la fiche, puis vérifie avec le quiz de Témoin.',
  'question.public': 'Public ou privé ?',
  'question.role': 'Es-tu la personne visée ou témoin ?',
  'question.where': 'Où signaler ?',
  'question.why': 'Pourquoi ?',
  blank: '______________________________________________',
} as const;
