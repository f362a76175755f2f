import { containsPhrase, wordsOf } from './label-words';
import { normalizeLabel } from './normalize-label';

describe('normalizeLabel', () => {
  it.each([
    ['accents', 'Prénom', 'prenom'],
    ['capitals and accents', 'ÉTES-VOUS LA VICTIME ?', 'etes-vous la victime ?'],
    ['extra spaces', '  Date   des\tfaits \n', 'date des faits'],
    ['an asterisk', 'Commentaire *', 'commentaire'],
    ['an asterisk and a colon', 'Adresse URL * :', 'adresse url'],
    ['a colon after a non-breaking space', 'Courriel\u00a0:', 'courriel'],
    ['a narrow non-breaking space', 'Heure\u202fdes faits', 'heure des faits'],
    ['(obligatoire)', 'Nom (obligatoire)', 'nom'],
    ['(requis)', 'Courriel ( requis ) :', 'courriel'],
    ['(required)', 'Email (required)', 'email'],
    ['a typographic apostrophe', 'Où l’avez-vous vu ?', "ou l'avez-vous vu ?"],
    ['a ligature', 'Œuvre', 'oeuvre'],
    ['a zero-width space', 'Lien\u200b', 'lien'],
    ['several colons', 'Date :: ', 'date'],
    ['an inner colon kept', 'Format : jj/mm/aaaa', 'format : jj/mm/aaaa'],
  ])('handles %s', (_case, text, expected) => {
    expect(normalizeLabel(text)).toBe(expected);
  });
});

describe('containsPhrase', () => {
  it.each([
    ['nom', 'nom', true],
    ['prenom', 'nom', false],
    ['nom de famille', 'nom', true],
    ['adresse url du contenu', 'adresse url', true],
    ['adresse du contenu url', 'adresse url', false],
    ["ou l'avez-vous vu", "ou l'avez-vous vu", true],
    ['ou avez-vous vu ce contenu ?', 'ou avez vous vu', true],
    ['format : jj/mm/aaaa', 'jj mm aaaa', true],
    ['date', '', false],
  ])('%j contains %j: %s', (text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });

  it('splits words on punctuation', () => {
    expect(wordsOf("adresse e-mail de l'auteur")).toEqual([
      'adresse',
      'e',
      'mail',
      'de',
      'l',
      'auteur',
    ]);
  });
});
