// @vitest-environment happy-dom
import type { PlannedValue } from '../messaging/fill-plan';
import { findFields } from './find-fields';
import { controlsOf, planFill } from './plan-fill';

const DATE_PUBLISHED: PlannedValue = { key: 'publishedDate', kind: 'date', value: '2026-11-20' };
const DATE_OBSERVED: PlannedValue = { key: 'observedDate', kind: 'date', value: '2026-11-21' };
const TIME_PUBLISHED: PlannedValue = { key: 'publishedTime', kind: 'time', value: '21:45' };
const TIME_OBSERVED: PlannedValue = { key: 'observedTime', kind: 'time', value: '08:05' };
const LAST_NAME: PlannedValue = { key: 'lastName', kind: 'text', value: 'Martin' };
const FIRST_NAME: PlannedValue = { key: 'firstName', kind: 'text', value: 'Camille' };
const EMAIL: PlannedValue = { key: 'email', kind: 'text', value: 'c@exemple.invalid' };
const URL_VALUE: PlannedValue = { key: 'url', kind: 'text', value: 'https://exemple.invalid/1' };
const VICTIM: PlannedValue = { key: 'isVictim', kind: 'choice', value: 'Oui', choices: ['Oui'] };
const MINOR: PlannedValue = { key: 'isMinor', kind: 'choice', value: 'Non', choices: ['Non'] };
const PLATFORM: PlannedValue = { key: 'platformName', kind: 'text', value: 'X (Twitter)' };
const DESCRIPTION: PlannedValue = { key: 'description', kind: 'text', value: 'Un texte' };
const CATEGORY: PlannedValue = {
  key: 'category',
  kind: 'choice',
  value: 'Menaces ou incitation à la violence',
  choices: ['Menaces ou incitation à la violence'],
};

function field(id: string, label: string, type = 'text'): string {
  return `<label for="${id}">${label}</label><input id="${id}" type="${type}">`;
}

/** Which control id each key went to on the page. */
function placements(html: string, values: PlannedValue[]): Record<string, string> {
  document.body.innerHTML = html;
  const { steps } = planFill(findFields(document), values);
  return Object.fromEntries(steps.map((step) => [step.key, controlsOf(step)[0]!.id]));
}

describe('planFill', () => {
  it.each<[string, string, PlannedValue[], Record<string, string>]>([
    [
      'a bare « Date » nowhere, a specific date label to its moment',
      field('a', 'Date') + field('b', 'Date de constatation'),
      [DATE_PUBLISHED, DATE_OBSERVED],
      { observedDate: 'b' },
    ],
    ['a lone bare « Date » nowhere', field('a', 'Date'), [DATE_OBSERVED, DATE_PUBLISHED], {}],
    [
      'a bare « Date » and « Heure » to the moment their legend names',
      `<fieldset><legend>Quand avez-vous constaté ce contenu ?</legend>${field('d', 'Date')}${field('h', 'Heure')}</fieldset>`,
      [DATE_PUBLISHED, DATE_OBSERVED, TIME_PUBLISHED, TIME_OBSERVED],
      { observedDate: 'd', observedTime: 'h' },
    ],
    [
      'a bare « Date » nowhere when its legend names no moment',
      `<fieldset><legend>Autres précisions</legend>${field('d', 'Date', 'date')}</fieldset>`,
      [DATE_PUBLISHED, DATE_OBSERVED],
      {},
    ],
    [
      'a bare « Date » nowhere when its legend names both moments',
      `<fieldset><legend>Publication et consultation</legend>${field('d', 'Date')}</fieldset>`,
      [DATE_PUBLISHED, DATE_OBSERVED],
      {},
    ],
    [
      'the observation by its phrases: consultation, « vu le contenu »',
      field('d', 'Date de consultation') + field('h', 'Heure à laquelle vous avez vu le contenu'),
      [DATE_PUBLISHED, TIME_PUBLISHED, DATE_OBSERVED, TIME_OBSERVED],
      { observedDate: 'd', observedTime: 'h' },
    ],
    [
      'the moment named first in a label',
      field('d', 'Date de consultation de la publication'),
      [DATE_PUBLISHED, DATE_OBSERVED],
      { observedDate: 'd' },
    ],
    [
      '« Date d’observation » never to the publication, even first on the page',
      field('o', "Date d'observation") + field('p', 'Date de publication'),
      [DATE_PUBLISHED, DATE_OBSERVED],
      { observedDate: 'o', publishedDate: 'p' },
    ],
    [
      'no date into « Date du signalement »',
      field('s', 'Date du signalement'),
      [DATE_OBSERVED],
      {},
    ],
    [
      'hours by their label',
      field('h1', 'Heure de constatation') + field('h2', 'Heure des faits'),
      [TIME_PUBLISHED, TIME_OBSERVED],
      { observedTime: 'h1', publishedTime: 'h2' },
    ],
    ['no date into an hour field', field('h', 'Heure de constatation'), [DATE_OBSERVED], {}],
    [
      '« Nom » and « Prénom » apart, in any order',
      field('p', 'Prénom') + field('n', 'Nom *'),
      [LAST_NAME, FIRST_NAME],
      { lastName: 'n', firstName: 'p' },
    ],
    [
      'no last name into the author’s user name',
      field('u', "Nom d'utilisateur de l'auteur"),
      [LAST_NAME],
      {},
    ],
    [
      'the platform’s name apart from the person’s, platform first',
      field('p', 'Nom du réseau social, du site ou de l’application') + field('n', 'Nom'),
      [LAST_NAME, PLATFORM],
      { platformName: 'p', lastName: 'n' },
    ],
    ...[
      'Nom de la plateforme',
      'Nom du site',
      'Nom du compte',
      "Nom de l'application",
      'Nom du service',
      'Nom complet',
    ].map((label): [string, string, PlannedValue[], Record<string, string>] => [
      `no surname into « ${label} »`,
      field('x', label),
      [LAST_NAME],
      {},
    ]),
    [
      'the e-mail and the URL, both « adresse »',
      field('m', 'Adresse électronique', 'email') + field('u', 'Adresse URL du contenu', 'url'),
      [URL_VALUE, EMAIL],
      { url: 'u', email: 'm' },
    ],
    [
      'a victim question by its legend, category radios by their options',
      `<fieldset><legend>Êtes-vous la victime ?</legend>
         <input type="radio" name="v" id="v1"><label for="v1">Oui</label>
         <input type="radio" name="v" id="v2"><label for="v2">Non</label></fieldset>
       <fieldset><legend>Que signalez-vous ?</legend>
         <input type="radio" name="c" id="c1"><label for="c1">Spam</label>
         <input type="radio" name="c" id="c2"><label for="c2">Menaces ou incitation à la violence</label></fieldset>`,
      [VICTIM, CATEGORY],
      { isVictim: 'v1', category: 'c2' },
    ],
    [
      'the victim and the minor questions apart, whatever their order',
      `<fieldset><legend>La victime est-elle mineure ?</legend>
         <input type="radio" name="m" id="m1"><label for="m1">Oui</label>
         <input type="radio" name="m" id="m2"><label for="m2">Non</label></fieldset>
       <fieldset><legend>Êtes-vous la personne visée par ce contenu ?</legend>
         <input type="radio" name="v" id="v1"><label for="v1">Oui</label>
         <input type="radio" name="v" id="v2"><label for="v2">Non</label></fieldset>`,
      [VICTIM, MINOR],
      { isVictim: 'v1', isMinor: 'm2' },
    ],
    [
      'no victim answer into the minor question alone',
      `<fieldset><legend>La victime est-elle mineure ?</legend>
         <input type="radio" name="m" id="m1"><label for="m1">Oui</label>
         <input type="radio" name="m" id="m2"><label for="m2">Non</label></fieldset>`,
      [VICTIM],
      {},
    ],
    [
      'no identity into the fields about another person',
      `<fieldset><legend>Coordonnées de l'auteur</legend>${field('n', 'Nom')}${field('p', 'Prénom')}${field('m', 'Courriel', 'email')}</fieldset>
       <h2>La victime</h2>${field('n2', 'Nom')}`,
      [LAST_NAME, FIRST_NAME, EMAIL],
      {},
    ],
    [
      'no address into « Votre lien avec la victime »',
      field('l', 'Votre lien avec la victime'),
      [URL_VALUE],
      {},
    ],
    [
      'no description into « Comment avez-vous connu ce service ? »',
      field('c', 'Comment avez-vous connu ce service ?'),
      [DESCRIPTION],
      {},
    ],
    [
      'no minor answer into a question about the author',
      `<fieldset><legend>L'auteur est-il mineur ?</legend>
         <input type="radio" name="a" id="a1"><label for="a1">Oui</label>
         <input type="radio" name="a" id="a2"><label for="a2">Non</label></fieldset>`,
      [MINOR],
      {},
    ],
    [
      '« Précisez les faits » as the description',
      '<label for="d">Précisez les faits</label><textarea id="d"></textarea>',
      [DESCRIPTION],
      { description: 'd' },
    ],
    [
      'no « Non » into a question that is not about the victim',
      `<fieldset><legend>Souhaitez-vous être recontacté ?</legend>
         <input type="radio" name="r" id="r1"><label for="r1">Oui</label>
         <input type="radio" name="r" id="r2"><label for="r2">Non</label></fieldset>`,
      [VICTIM],
      {},
    ],
  ])('places %s', (_case, html, values, expected) => {
    expect(placements(html, values)).toEqual(expected);
  });

  it('uses each control for one value only', () => {
    document.body.innerHTML = field('a', 'Nom') + field('b', 'Courriel');
    const other = { ...LAST_NAME, value: 'Autre' };
    const { steps, unplaced } = planFill(findFields(document), [LAST_NAME, other]);
    expect(steps).toHaveLength(1);
    expect(unplaced).toEqual([other]);
  });

  it('writes the date and time of one moment into one « Date et heure des faits » field', () => {
    document.body.innerHTML = field('f', 'Date et heure des faits', 'datetime-local');
    const { steps, unplaced } = planFill(findFields(document), [
      DATE_PUBLISHED,
      TIME_PUBLISHED,
      DATE_OBSERVED,
    ]);
    expect(steps).toEqual([
      expect.objectContaining({ how: 'type', text: '2026-11-20T21:45', also: [TIME_PUBLISHED] }),
    ]);
    expect(unplaced).toEqual([DATE_OBSERVED]);
  });

  it('leaves a date and time field alone when the time is not known', () => {
    document.body.innerHTML = field('f', 'Date et heure des faits', 'datetime-local');
    expect(planFill(findFields(document), [DATE_PUBLISHED]).steps).toEqual([]);
  });

  it('confirms the e-mail in the field that asks for it again, never alone', () => {
    document.body.innerHTML = field('c', 'Confirmez votre courriel', 'email');
    expect(planFill(findFields(document), [EMAIL]).steps).toEqual([]);
    document.body.innerHTML =
      field('m', 'Courriel', 'email') + field('c', 'Confirmez votre courriel', 'email');
    const { steps } = planFill(findFields(document), [EMAIL]);
    expect(steps.map((step) => [controlsOf(step)[0]!.id, step.confirmation])).toEqual([
      ['m', false],
      ['c', true],
    ]);
  });

  it('confirms an e-mail placed on an earlier page', () => {
    document.body.innerHTML = field('c', "Confirmation de l'adresse électronique", 'email');
    const { steps } = planFill(findFields(document), [], undefined, [EMAIL]);
    expect(steps).toEqual([expect.objectContaining({ confirmation: true, text: EMAIL.value })]);
  });

  it('names a question it cannot answer: « Je ne sais pas » not offered', () => {
    document.body.innerHTML = `<fieldset><legend>La victime est-elle mineure ?</legend>
      <input type="radio" name="m" id="m1"><label for="m1">Oui</label>
      <input type="radio" name="m" id="m2"><label for="m2">Non</label></fieldset>`;
    const unsure: PlannedValue = { ...MINOR, value: 'Je ne sais pas', choices: ['Je ne sais pas'] };
    const { steps, unanswerable } = planFill(findFields(document), [unsure]);
    expect(steps).toEqual([]);
    expect(unanswerable.map(({ value, field }) => [value, field.title])).toEqual([
      [unsure, 'La victime est-elle mineure ?'],
    ]);
  });

  it('lists the values with no field on this page as unplaced', () => {
    document.body.innerHTML = field('n', 'Nom');
    const { unplaced } = planFill(findFields(document), [LAST_NAME, URL_VALUE, VICTIM]);
    expect(unplaced.map((value) => value.key)).toEqual(['url', 'isVictim']);
  });

  it.each([
    [
      'a date input',
      '<label for="f">Date des faits</label><input id="f" type="date">',
      '2026-11-20',
    ],
    ['jj/mm/aaaa', field('f', 'Date des faits (jj/mm/aaaa)'), '20/11/2026'],
    ['no hint', field('f', 'Date des faits'), '20/11/2026'],
    [
      'a placeholder aaaa-mm-jj',
      '<label for="f">Date des faits</label><input id="f" placeholder="aaaa-mm-jj">',
      '2026-11-20',
    ],
  ])('writes a date for %s', (_case, html, text) => {
    document.body.innerHTML = html;
    const [step] = planFill(findFields(document), [DATE_PUBLISHED]).steps;
    expect(step).toMatchObject({ how: 'type', text });
  });

  it('plans the parts of a time for « Heure » and « Minute » under a legend that says when', () => {
    document.body.innerHTML = `<fieldset><legend>Quand le contenu a-t-il été publié ?</legend>
      <label for="h">Heure</label><select id="h"><option>21</option></select>
      <label for="m">Minute</label><select id="m"><option>45</option></select></fieldset>`;
    const [step] = planFill(findFields(document), [TIME_PUBLISHED]).steps;
    expect(step).toMatchObject({
      how: 'parts',
      parts: [
        { name: 'hour', number: 21 },
        { name: 'minute', number: 45 },
      ],
    });
  });
});
