/** The practice space's words, in French, the reference language. */
export const practiceMessagesFr = {
  'practice.mark': 'EXERCICE',
  'practice.page': 'la page d’entraînement',
  'practice.savedTitle': 'Capture d’exercice enregistrée',
  'practice.savedDetail':
    '{name}. {captured}. Rangée à part de vos preuves : elle n’ira ni dans la bibliothèque ni dans un export.',
  'practice.title': 'Espace d’entraînement',
  'practice.pageTitle': 'Témoin · Espace d’entraînement',
  'practice.skip': 'Aller à la situation',
  'practice.intro':
    'Tout ici est fictif : personnes, comptes et messages ont été inventés pour apprendre à garder une preuve et à signaler, sans risque. Rien n’est envoyé, et les captures d’exercice ne se mélangent jamais à vos vraies preuves.',
  'practice.tools': 'Outils de la séance',
  'practice.guided': 'Mode guidé',
  'practice.quiz': 'Quiz : où signaler ?',
  'practice.teacherSheet': 'Fiche enseignant (PDF)',
  'practice.pupilSheet': 'Fiche élève (PDF)',
  'practice.teacherFile': 'temoin-fiche-enseignant.pdf',
  'practice.pupilFile': 'temoin-fiche-eleve.pdf',
  'practice.projector': 'Mode projecteur',
  'practice.situations': 'Situations',
  'practice.howToCapture':
    'Faites un clic droit sur la publication, puis « Capturer comme preuve ». Au clavier : Tab jusqu’à la publication, puis la touche Menu (ou Maj+F10).',
  'practice.exercises': 'Mes captures d’exercice',
  'practice.keptApart':
    'Rangées à part de vos preuves : elles n’apparaissent ni dans la bibliothèque, ni dans ses statistiques, ni dans un export, ni dans le compteur de l’icône.',
  'practice.noExercises': 'Aucune capture d’exercice pour l’instant.',
  'practice.capturedAt': 'Capturée le {time}',
  'practice.clear': 'Effacer les exercices',
  'practice.cleared': {
    one: '{count} capture d’exercice effacée.',
    other: '{count} captures d’exercice effacées.',
  },
  'practice.markedPost': 'La publication capturée, marquée EXERCICE',
  'practice.markedPage': 'La page capturée, marquée EXERCICE',
  'practice.classifyTitle': 'De quoi s’agit-il ?',
  'practice.childAbuseNote':
    'Pour un vrai cas, Témoin supprime d’abord les images des captures : la loi interdit de les garder, même pour les signaler. Cet exercice n’en montre aucune.',
  'practice.routeTitle': 'Où signaler, et pourquoi',
  'practice.sameAsScenario': 'C’est la réponse de cette situation.',
  'practice.notAsScenario':
    'Pour cette situation, Témoin recommande : {channels}. Relisez la situation pour : {answers}.',
  'practice.formTitle': 'Le formulaire d’entraînement',
  'practice.formHelp':
    'Une copie du formulaire PHAROS qui ne peut rien envoyer : Témoin la remplit comme le vrai, vous relisez.',
  'practice.formNotPharos':
    'PHAROS n’est pas le bon service ici, mais vous pouvez voir comment Témoin remplit son formulaire.',
  'practice.openForm': 'Remplir le formulaire d’entraînement',
  'practice.exportTitle': 'Pour une plainte',
  'practice.exportHelp':
    'Le rapport PDF que Témoin prépare pour une plainte, marqué EXERCICE sur chaque page.',
  'practice.export': 'Exporter le rapport d’exercice (PDF)',
  'practice.exporting': 'Rapport en cours…',
  'practice.exportFailed': 'Le rapport n’a pas pu être fait : {message}. Rien n’a été perdu.',
  'practice.reportCase': 'Exercice : rien de ceci n’est une preuve',
  'practice.emergency':
    'En cas de danger immédiat, appelez le 17 ou le 112 (SMS au 114). Un enfant en danger : 119. Jeunes victimes de harcèlement : 3018.',
  'practice.guidedProgress': 'Mode guidé · étape {step} sur {count}',
  'practice.step.capture':
    'Dans la situation, faites un clic droit sur la publication visée, puis « Capturer comme preuve ».',
  'practice.step.verify': 'Ouvrez votre capture d’exercice, puis appuyez sur « Vérifier ».',
  'practice.step.classify': 'Répondez à « De quoi s’agit-il ? » d’après la situation.',
  'practice.step.route':
    'Répondez aux autres questions, puis « Voir où signaler » : public ou privé, victime ou témoin changent tout.',
  'practice.step.form':
    'Appuyez sur « Remplir le formulaire d’entraînement », relisez, puis « Envoyer ».',
  'practice.step.export': 'Exportez le rapport d’exercice : c’est ce qu’on joint à une plainte.',
  'practice.law': 'Loi : {reference}. {summary}',
  'practice.lawOfCategory': 'Loi : celle de la catégorie choisie.',
  'practice.stepDone': '✓ Fait.',
  'practice.stepToDo': 'À faire.',
  'practice.previous': 'Étape précédente',
  'practice.goTo': 'Aller à cette partie',
  'practice.next': 'Étape suivante',
  'practice.finish': 'Terminer',
  'practice.leaveGuided': 'Quitter le mode guidé',
  'practice.popupCount': {
    one: '{count} capture d’exercice',
    other: '{count} captures d’exercice',
  },
  'practice.popupApart': 'Rangées à part : jamais dans vos preuves, vos exports ni le compteur.',
  'practice.popupOpen': 'Voir les exercices',
} as const;
