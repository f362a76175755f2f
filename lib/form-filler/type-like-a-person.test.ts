// @vitest-environment happy-dom
import type { PlannedValue } from '../messaging/fill-plan';
import { findFields } from './find-fields';
import { planFill, type FillStep } from './plan-fill';
import { typeLikeAPerson, type WrittenValues } from './type-like-a-person';

const COMMENT: PlannedValue = { key: 'description', kind: 'text', value: 'Des menaces de mort.' };
const VICTIM: PlannedValue = { key: 'isVictim', kind: 'choice', value: 'Non', choices: ['Non'] };

function stepFor(html: string, value: PlannedValue): FillStep {
  document.body.innerHTML = html;
  const [step] = planFill(findFields(document), [value]).steps;
  return step!;
}

function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  return document.getElementById(id) as T;
}

const RADIOS = `<fieldset><legend>Êtes-vous la victime ?</legend>
  <input type="radio" name="v" id="oui" value="o"><label for="oui">Oui</label>
  <input type="radio" name="v" id="non" value="n"><label for="non">Non</label></fieldset>`;

describe('typeLikeAPerson', () => {
  let written: WrittenValues;
  beforeEach(() => {
    written = new WeakMap();
  });

  it('focuses, types, sends bubbling input and change, then blurs', () => {
    const step = stepFor('<label for="c">Commentaire</label><textarea id="c"></textarea>', COMMENT);
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur']) {
      byId('c').addEventListener(type, () => events.push(type));
    }
    document.body.addEventListener('input', (event) => events.push(`body:${event.type}`));
    document.body.addEventListener('change', (event) => events.push(`body:${event.type}`));
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect(byId<HTMLTextAreaElement>('c').value).toBe(COMMENT.value);
    expect(events).toEqual(['focus', 'input', 'body:input', 'change', 'body:change', 'blur']);
  });

  it('sets the value beneath a framework that shadows `value` on the element', () => {
    const step = stepFor('<label for="c">Commentaire</label><input id="c">', COMMENT);
    const shadowed = vi.fn();
    Object.defineProperty(byId('c'), 'value', {
      configurable: true,
      get: () =>
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(byId('c')),
      set: shadowed,
    });
    typeLikeAPerson(step, written);
    expect(shadowed).not.toHaveBeenCalled();
    expect(byId('c').value).toBe(COMMENT.value);
  });

  it('cuts text to maxlength and says so', () => {
    const step = stepFor(
      '<label for="c">Commentaire</label><textarea id="c" maxlength="10"></textarea>',
      COMMENT,
    );
    expect(typeLikeAPerson(step, written)).toBe('truncated');
    expect(byId<HTMLTextAreaElement>('c').value).toBe('Des menace');
  });

  it('cuts a text of several posts at the last whole post, never in one', () => {
    const posts = ['Contenu 1 : https://a.invalid/1', 'Contenu 2 : https://a.invalid/22'];
    const value: PlannedValue = { key: 'description', kind: 'text', value: posts.join('\n\n') };
    const step = stepFor(
      '<label for="c">Commentaire</label><textarea id="c" maxlength="50"></textarea>',
      value,
    );
    expect(typeLikeAPerson(step, written)).toBe('truncated');
    expect(byId<HTMLTextAreaElement>('c').value).toBe(posts[0]);
  });

  it('does not split a character made of two code units', () => {
    const value: PlannedValue = { key: 'description', kind: 'text', value: 'abc😀' };
    const step = stepFor('<label for="c">Commentaire</label><input id="c" maxlength="4">', value);
    expect(typeLikeAPerson(step, written)).toBe('truncated');
    expect(byId('c').value).toBe('abc');
  });

  it('keeps what the person typed', () => {
    const step = stepFor('<label for="c">Commentaire</label><input id="c">', COMMENT);
    byId('c').value = 'Mon propre texte';
    expect(typeLikeAPerson(step, written)).toBe('kept');
    expect(byId('c').value).toBe('Mon propre texte');
  });

  it('writes over the page’s default value', () => {
    const step = stepFor(
      '<label for="c">Commentaire</label><input id="c" value="https://">',
      COMMENT,
    );
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect(byId('c').value).toBe(COMMENT.value);
  });

  it('writes over its own earlier value', () => {
    const step = stepFor('<label for="c">Commentaire</label><input id="c">', COMMENT);
    byId('c').value = 'Ancienne valeur';
    written.set(byId('c'), 'Ancienne valeur');
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect(byId('c').value).toBe(COMMENT.value);
  });

  it('clicks the option when it is not checked yet', () => {
    const step = stepFor(RADIOS, VICTIM);
    const clicks = vi.fn();
    byId('non').addEventListener('click', clicks);
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect(byId('non').checked).toBe(true);
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('keeps an option the person chose, but not one the page checked by default', () => {
    let step = stepFor(RADIOS, VICTIM);
    byId('oui').checked = true;
    expect(typeLikeAPerson(step, written)).toBe('kept');
    expect(byId('oui').checked).toBe(true);

    step = stepFor(RADIOS.replace('value="o"', 'value="o" checked'), VICTIM);
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect(byId('non').checked).toBe(true);
  });

  it('picks the option of a select by its text', () => {
    const where: PlannedValue = {
      key: 'whereSeen',
      kind: 'choice',
      value: 'Forum',
      choices: ['Forum'],
    };
    const step = stepFor(
      `<label for="s">Où avez-vous vu ce contenu ?</label>
       <select id="s"><option value="">Choisir</option><option value="f1">Forum</option></select>`,
      where,
    );
    const changes = vi.fn();
    byId('s').addEventListener('change', changes);
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect(byId<HTMLSelectElement>('s').value).toBe('f1');
    expect(changes).toHaveBeenCalledOnce();
  });

  it.each([
    [
      'a date input',
      '<label for="d">Date des faits</label><input id="d" type="date">',
      '2026-03-07',
    ],
    [
      'a text input with a jj/mm/aaaa hint',
      '<label for="d">Date des faits <span class="fr-hint-text">jj/mm/aaaa</span></label><input id="d">',
      '07/03/2026',
    ],
  ])('writes a date into %s', (_case, html, expected) => {
    const step = stepFor(html, { key: 'publishedDate', kind: 'date', value: '2026-03-07' });
    typeLikeAPerson(step, written);
    expect(byId('d').value).toBe(expected);
  });

  it('writes a date into day, month and year fields', () => {
    const months = ['janvier', 'février', 'mars']
      .map((month, index) => `<option value="m${index + 1}">${month}</option>`)
      .join('');
    const step = stepFor(
      `<fieldset><legend>Date des faits</legend>
        <label for="j">Jour</label><input id="j">
        <label for="m">Mois</label><select id="m"><option value="">--</option>${months}</select>
        <label for="a">Année</label><input id="a"></fieldset>`,
      { key: 'publishedDate', kind: 'date', value: '2026-03-07' },
    );
    expect(typeLikeAPerson(step, written)).toBe('filled');
    expect([byId('j').value, byId('m').value, byId('a').value]).toEqual(['07', 'm3', '2026']);
  });

  it('writes a time into a time input and into « Heure » and « Minute » selects', () => {
    const hours = Array.from({ length: 24 }, (_, hour) => `<option>${hour}</option>`).join('');
    const minutes = ['00', '05', '10'].map((minute) => `<option>${minute}</option>`).join('');
    const time: PlannedValue = { key: 'publishedTime', kind: 'time', value: '08:05' };
    typeLikeAPerson(
      stepFor('<label for="t">Heure de publication</label><input id="t" type="time">', time),
      written,
    );
    expect(byId('t').value).toBe('08:05');
    typeLikeAPerson(
      stepFor(
        `<label for="h">Heure de publication</label><select id="h">${hours}</select>
         <label for="mn">Minute</label><select id="mn">${minutes}</select>`,
        time,
      ),
      written,
    );
    expect([byId('h').value, byId('mn').value]).toEqual(['8', '05']);
  });

  it('fails, writing nothing, when a part has no option for the value', () => {
    const step = stepFor(
      `<label for="h">Heure des faits</label><select id="h"><option>9</option></select>
       <label for="mn">Minute</label><select id="mn"><option>00</option><option>05</option></select>`,
      { key: 'publishedTime', kind: 'time', value: '08:05' },
    );
    expect(typeLikeAPerson(step, written)).toBe('failed');
    expect([byId('h').value, byId('mn').value]).toEqual(['9', '00']);
  });
});
