/** « Révéler tout avant de capturer »: its settings and the overlay's words while it clicks. */
export const revealMessagesFr = {
  'reveal.progress': 'Ouverture des réponses masquées et des « plus de réponses »…',
  'settings.reveal.title': 'Révéler tout avant de capturer',
  'settings.reveal.help':
    'Avant de parcourir un fil (ou les messages d’un auteur), Témoin clique lui-même sur les boutons de la page qui ouvrent les réponses masquées, les « plus de réponses » et « Tous les commentaires ». Il ne clique jamais sur un lien qui quitte la page, ni sur Signaler, Bloquer, J’aime, S’abonner ou un captcha. Chaque clic est noté dans le journal du fil, avec son nom et son heure. Désactivé partout par défaut.',
  'settings.reveal.platform': 'Sur {platform}',
};
