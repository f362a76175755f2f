// @vitest-environment happy-dom
import { findFields } from './find-fields';
import type { FoundField } from './found-field';

function fieldNamed(id: string): FoundField | undefined {
  const control = document.getElementById(id);
  return findFields(document).find((field) => field.controls.includes(control as never));
}

function labelTexts(id: string): string[] {
  return fieldNamed(id)?.labels.map((label) => label.text) ?? [];
}

describe('findFields', () => {
  it.each([
    ['<label for>', '<label for="f">Adresse URL *</label><input id="f">', 'adresse url'],
    ['a wrapping label', '<label>Courriel : <input id="f" type="email"></label>', 'courriel'],
    [
      'aria-labelledby',
      '<span id="a">Date</span><span id="b">des faits</span><input id="f" aria-labelledby="a b">',
      'date des faits',
    ],
    ['aria-label', '<input id="f" aria-label="Prénom">', 'prenom'],
    ['a placeholder', '<input id="f" placeholder="Votre nom">', 'votre nom'],
    [
      'a DSFR label without its hint',
      '<label for="f">Date des faits <span class="fr-hint-text">Format attendu : jj/mm/aaaa</span></label><input id="f">',
      'date des faits',
    ],
    [
      'a DSFR label with its hint',
      '<label for="f">Date <span class="fr-hint-text">de publication</span></label><input id="f">',
      'date de publication',
    ],
    [
      'a legend before the label, as context',
      '<fieldset><legend>Date de constatation</legend><label for="f">Date</label><input id="f"></fieldset>',
      'date de constatation date',
    ],
    [
      'a label holding a select, without the options',
      '<label>Lieu <select id="f"><option>Forum</option></select></label>',
      'lieu',
    ],
  ])('names a field by %s', (_source, html, expected) => {
    document.body.innerHTML = html;
    expect(labelTexts('f')).toContain(expected);
  });

  it('groups DSFR radios under their fieldset legend, with their own labels as options', () => {
    document.body.innerHTML = `
      <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Êtes-vous la victime ? *
        <span class="fr-hint-text">Si oui, portez plainte.</span></legend>
        <div class="fr-radio-group"><input type="radio" id="oui" name="v"><label for="oui">Oui</label></div>
        <div class="fr-radio-group"><input type="radio" id="non" name="v"><label for="non">Non</label></div>
      </fieldset>`;
    const group = fieldNamed('oui')!;
    expect(group.shape).toBe('choices');
    expect(group.controls.map((control) => control.id)).toEqual(['oui', 'non']);
    expect(group.labels.map((label) => label.text)).toContain('etes-vous la victime ?');
    expect(group.options.map((option) => option.labels[0])).toEqual(['oui', 'non']);
  });

  it('names radios without a legend by the question just before them', () => {
    document.body.innerHTML = `
      <p>Précisez :</p>
      <div><div hidden><input type="radio" name="p" id="a"><label for="a">Armes</label></div>
      <div><input type="radio" name="p" id="b"><label for="b">Stupéfiants</label></div></div>`;
    expect(labelTexts('b')).toContain('precisez');
    expect(fieldNamed('b')!.controls).toHaveLength(1);
  });

  it('lists a select with its options', () => {
    document.body.innerHTML = `<label for="s">Où avez-vous vu ce contenu ?</label>
      <select id="s"><option value="">Choisir</option><option value="r">Réseau social</option></select>`;
    expect(fieldNamed('s')!.options.map((option) => option.labels[0])).toEqual([
      'choisir',
      'reseau social',
    ]);
  });

  it.each([
    ['type=hidden', '<input id="f" type="hidden" aria-label="Nom">'],
    ['a hidden ancestor', '<div hidden><input id="f" aria-label="Nom"></div>'],
    [
      'display:none on an ancestor',
      '<div style="display: none"><input id="f" aria-label="Nom"></div>',
    ],
    ['visibility:hidden', '<input id="f" aria-label="Nom" style="visibility: hidden">'],
    [
      'a class hiding it',
      '<style>.gone { display: none }</style><p class="gone"><input id="f" aria-label="Nom"></p>',
    ],
    ['disabled', '<input id="f" aria-label="Nom" disabled>'],
    ['a disabled fieldset', '<fieldset disabled><input id="f" aria-label="Nom"></fieldset>'],
    ['readonly', '<input id="f" aria-label="Nom" readonly>'],
    ['a password', '<input id="f" type="password" aria-label="Nom">'],
    ['a button', '<input id="f" type="submit" value="Nom">'],
    ['a file input', '<input id="f" type="file" aria-label="Nom">'],
    [
      'a captcha by its wording',
      '<label for="f">Recopiez le code de sécurité</label><input id="f">',
    ],
    [
      'a captcha by its legend',
      '<fieldset><legend>Code de sécurité</legend><input id="f" aria-label="Nom"></fieldset>',
    ],
    ['a robot checkbox', '<label><input id="f" type="checkbox"> Je ne suis pas un robot</label>'],
    [
      'a captcha by its container',
      '<div class="g-recaptcha"><input id="f" aria-label="Nom"></div>',
    ],
  ])('leaves out %s', (_case, html) => {
    document.body.innerHTML = html;
    expect(fieldNamed('f')).toBeUndefined();
  });

  it('keeps the other fields of a form whose own id says captcha', () => {
    document.body.innerHTML =
      '<form id="form-captcha"><div><input id="f" aria-label="Nom"></div></form>';
    expect(fieldNamed('f')).toBeDefined();
  });

  it('joins day, month and year fields into one date', () => {
    document.body.innerHTML = `<fieldset><legend>Date des faits</legend>
      <label for="j">Jour</label><input id="j" type="number">
      <label for="m">Mois</label><select id="m"><option>janvier</option></select>
      <label for="y">Année</label><input id="y"></fieldset>`;
    const date = fieldNamed('j')!;
    expect(date.shape).toBe('parts');
    expect(date.parts.map((part) => part.name)).toEqual(['day', 'month', 'year']);
    expect(date.labels.map((label) => label.text)).toContain('date des faits');
  });

  it('joins « Heure » and « Minute » selects into one time (the pre-2022 form)', () => {
    document.body.innerHTML = `<label for="h">Heure</label><select id="h"><option>00</option></select>
      <label for="mn">Minute</label><select id="mn"><option>00</option></select>`;
    const time = fieldNamed('h')!;
    expect(time.parts.map((part) => part.name)).toEqual(['hour', 'minute']);
    expect(time.controls.map((control) => control.id)).toEqual(['h', 'mn']);
  });

  it('drops a number field that is not part of a date', () => {
    document.body.innerHTML = '<label for="f">Âge</label><input id="f" type="number">';
    expect(fieldNamed('f')).toBeUndefined();
  });

  it('never sees what is inside a closed shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'closed' });
    root.innerHTML = '<input aria-label="Nom">';
    expect(findFields(document)).toEqual([]);
  });
});
