/** The library's threads and authors' dossiers, in French. */
export const libraryThreadMessagesFr = {
  'library.thread.posts': {
    one: '{count} message',
    other: '{count} messages',
  },
  'library.thread.matched': {
    one: '{count} message sur {total} correspond',
    other: '{count} messages sur {total} correspondent',
  },
  'library.thread.status.running': 'en cours',
  'library.thread.status.complete': 'complet',
  'library.thread.status.cancelled': 'annulé',
  'library.thread.status.interrupted': 'interrompu',
  'library.thread.label': 'Fil {platform} : {title}',
  'library.thread.select': 'Sélectionner le fil {title}, {time}',
  'library.thread.notSealed': 'Fil en cours : il pourra être classé une fois terminé.',
  'library.post.crop': 'Le message, découpé dans son écran',
  'library.post.noCrop': 'Pas de découpe : le message n’était entier sur aucun écran.',
  'library.post.permalink': 'Lien du message',
  'library.post.unknownAuthor': 'Auteur inconnu',
  'library.author.everything': 'Tout ce qu’a écrit cet auteur',
  'library.author.everythingOf': 'Tout ce qu’a écrit {author}',
  'library.dossier.title': 'Dossier de {author} ({platform})',
  'library.dossier.counts': {
    one: '{count} élément : {captures} capture(s), {posts} message(s) dans {threads} fil(s), {cases} dossier(s).',
    other:
      '{count} éléments : {captures} capture(s), {posts} message(s) dans {threads} fil(s), {cases} dossier(s).',
  },
  'library.dossier.close': 'Fermer le dossier de l’auteur',
  'library.dossier.csv': 'Rapport par auteur (CSV)',
  'library.dossier.pdf': 'Rapport par auteur (PDF)',
  'library.dossier.byAuthor': 'Rapport par auteur de la sélection',
} as const;
