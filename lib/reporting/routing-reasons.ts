import type { Localized } from './localized';

/** Why each channel is recommended: one sentence each, calm and plain. */
export const REASONS = {
  danger: {
    fr: 'Quelqu’un est en danger immédiat : appelez d’abord le 17 ou le 112 (le 114 par SMS). PHAROS n’est pas un service d’urgence.',
    en: 'Someone is in immediate danger: call 17 or 112 first (114 by text). PHAROS is not an emergency service.',
  },
  childInDanger: {
    fr: 'Un enfant est peut-être en danger : le 119 écoute et agit, jour et nuit.',
    en: 'A child may be in danger: 119 listens and acts, day and night.',
  },
  scam: {
    fr: 'Les arnaques, chantages et sextorsions en ligne se signalent sur THESEE, pas sur PHAROS.',
    en: 'Online scams, blackmail and sextortion are reported on THESEE, not PHAROS.',
  },
  scamLoss: {
    fr: 'Vous avez payé ou donné vos coordonnées bancaires : signalez aussi l’arnaque sur THESEE.',
    en: 'You paid or gave your bank card details: report the scam on THESEE too.',
  },
  cardFraud: {
    fr: 'Vous avez payé ou donné vos coordonnées bancaires : faites opposition auprès de votre banque et signalez-le sur Perceval.',
    en: 'You paid or gave your bank card details: stop the card with your bank and report it on Perceval.',
  },
  spam: {
    fr: 'Un SMS indésirable, même s’il demande de l’argent, se transfère gratuitement au 33700 ; un courriel indésirable ou d’hameçonnage se signale à Signal Spam.',
    en: 'An unwanted text, even one asking for money, is forwarded free of charge to 33700; an unwanted or phishing e-mail is reported to Signal Spam.',
  },
  privateComplaint: {
    fr: 'Ce message privé relève d’une plainte, pas de PHAROS : PHAROS ne traite que les contenus publics.',
    en: 'This private message calls for a complaint, not PHAROS: PHAROS handles public content only.',
  },
  privateSupport: {
    fr: 'Pour un harcèlement ou des violences par messages privés, un policier ou un gendarme vous répond ici, anonymement, jour et nuit.',
    en: 'For harassment or violence by private message, a police officer or gendarme answers here, anonymously, day and night.',
  },
  orientation: {
    fr: '17Cyber vous aide à savoir quoi faire et vous oriente vers le bon service.',
    en: '17Cyber helps you work out what to do and refers you to the right service.',
  },
  insultVictim: {
    fr: 'Vous êtes la personne visée par une insulte ou une diffamation : c’est une plainte qu’il faut déposer, PHAROS ne traite pas ce cas.',
    en: 'You are the person insulted or defamed: you need to file a complaint; PHAROS does not handle this case.',
  },
  pharos: {
    fr: 'Ce contenu public illicite relève de PHAROS, la plateforme de la police et de la gendarmerie.',
    en: 'This illegal public content is for PHAROS, the police and gendarmerie platform.',
  },
  pharosUnsure: {
    fr: 'PHAROS ne traite que les contenus publics : signalez-y ce contenu s’il est visible par tous ; sinon, déposez plainte.',
    en: 'PHAROS handles public content only: report it there if anyone can see it; otherwise, file a complaint.',
  },
  victimComplaint: {
    fr: 'Vous êtes la personne visée : en plus du signalement, une plainte est conseillée.',
    en: 'You are the person targeted: besides the report, a complaint is advised.',
  },
  childAbusePrivate: {
    fr: 'PHAROS reçoit aussi les propositions sexuelles à un mineur par message et les images pédocriminelles partagées dans un groupe fermé : signalez l’adresse ou le nom du groupe, sans garder ni partager les images.',
    en: 'PHAROS also takes sexual advances to a minor by message and child sexual abuse images shared in a closed group: report the address or the group’s name, without keeping or sharing the images.',
  },
  childAbuseComplaint: {
    fr: 'Une plainte permet l’enquête sur l’auteur : la police ou la gendarmerie vous reçoit, ou en ligne via Ma Sécurité.',
    en: 'A complaint lets the police investigate the offender: go to the police or gendarmerie, or start online with Ma Sécurité.',
  },
  childAbusePublic: {
    fr: 'Un contenu pédocriminel public se signale à PHAROS : signalez l’adresse, sans garder ni partager les images.',
    en: 'Public child sexual abuse content is reported to PHAROS: report the address, without keeping or sharing the images.',
  },
  minor: {
    fr: 'Un mineur est concerné : le 3018 aide les jeunes et obtient vite le retrait des contenus auprès des plateformes.',
    en: 'A minor is involved: 3018 helps young people and gets platforms to remove content quickly.',
  },
  minorMaybe: {
    fr: 'Un mineur est peut-être concerné : le 3018 aide les jeunes et obtient vite le retrait des contenus auprès des plateformes.',
    en: 'A minor may be involved: 3018 helps young people and gets platforms to remove content quickly.',
  },
  trustedFlaggerImages: {
    fr: 'Point de Contact, association signaleur de confiance, traite les signalements d’images pédocriminelles et en obtient le retrait par les plateformes.',
    en: 'Point de Contact, a trusted-flagger association, handles reports of child sexual abuse images and gets platforms to remove them.',
  },
  trustedFlagger: {
    fr: 'Point de Contact, association signaleur de confiance, peut aussi obtenir le retrait par la plateforme.',
    en: 'Point de Contact, a trusted-flagger association, can also get the platform to remove it.',
  },
  platform: {
    fr: 'La plateforme doit aussi examiner une notification de contenu illicite (DSA, art. 16) : c’est souvent le plus rapide pour le retrait.',
    en: 'The platform must also examine a notice of illegal content (DSA, Art. 16): it is often the fastest way to removal.',
  },
} satisfies Record<string, Localized>;
