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
const VICTIM: PlannedValue = { key: 'isVictim', kind: 'choice', value: 'Non', choices: ['Non'] };
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
  it.each([
    [
      'a specific date label before the generic one',
      field('a', 'Date') + field('b', 'Date de constatation'),
      [DATE_PUBLISHED, DATE_OBSERVED],
      { publishedDate: 'a', observedDate: 'b' },
    ],
    [
      'a lone « Date » to the published date',
      field('a', 'Date'),
      [DATE_OBSERVED, DATE_PUBLISHED],
      { publishedDate: 'a' },
    ],
    [
      '« Date de constatation » never to the published date',
      field('b', 'Date de constatation'),
      [DATE_PUBLISHED],
      {},
    ],
    [
      'hours by their label',
      field('h1', 'Heure de constatation') + field('h2', 'Heure'),
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
      { isVictim: 'v2', category: 'c2' },
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
    document.body.innerHTML = field('a', 'Date');
    const { steps, unplaced } = planFill(findFields(document), [DATE_PUBLISHED, DATE_OBSERVED]);
    expect(steps).toHaveLength(1);
    expect(unplaced).toEqual([DATE_OBSERVED]);
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

  it('plans the parts of a time for « Heure » and « Minute »', () => {
    document.body.innerHTML = `<label for="h">Heure</label><select id="h"><option>21</option></select>
      <label for="m">Minute</label><select id="m"><option>45</option></select>`;
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
