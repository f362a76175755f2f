import {
  FORM_VARIANTS,
  heldValues,
  readFormExpectation,
  readFormPage,
  readScenario,
  type FormExpectation,
  type PanelLine,
  type ValueName,
} from './pharos-form-fixtures';
import { CONTROLS, openFormPage, visitPages, wordsAround } from './pharos-form-pages';

const scenario = readScenario();
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Where the panel must say each value went, worked out from the fields that hold it. */
function panelFromFields(expectation: FormExpectation, lines: PanelLine[]): PanelLine[] {
  return lines.map(({ value }) => {
    const placedIn = expectation.pages.flatMap((page, index) =>
      page.fields
        .filter((field) => field.expect !== 'unchecked' && heldValues(field).includes(value))
        .map((field) => ({ page: index + 1, label: field.label })),
    );
    return placedIn.length ? { value, placedIn } : { value, byHand: true };
  });
}

/** The ways a field may write the publication's date, its time, or both, from the scenario. */
function publicationWritings(held: ValueName[]): string[] {
  const [year, month, day] = scenario.values['publication-date'].split('-');
  const time = scenario.values['publication-time'];
  if (held.length === 2) return [`${year}-${month}-${day}T${time}`];
  return held[0] === 'publication-time'
    ? [time]
    : [`${day}/${month}/${year}`, `${year}-${month}-${day}`];
}

describe.each(FORM_VARIANTS)('PHAROS form fixture « %s »', (variant) => {
  const expectation = readFormExpectation(variant);
  const fields = expectation.pages.flatMap((page) => page.fields);

  it('lists every control of every step once, and each selector matches exactly one element', async () => {
    const buttonSelectors = expectation.buttons.map((button) => button.selector);
    const steps: string[] = [];
    await visitPages(variant, expectation, (page, document) => {
      const listed = page.fields.map((field) => {
        const matches = document.querySelectorAll(field.selector);
        expect(matches, `${page.file} ${field.selector}`).toHaveLength(1);
        return matches[0];
      });
      const present = Array.from(document.querySelectorAll(CONTROLS));
      expect(present.filter((control) => !listed.includes(control))).toEqual([]);
      expect(new Set(listed).size).toBe(listed.length);
      for (const button of document.querySelectorAll('button')) {
        expect(buttonSelectors.some((selector) => button.matches(selector))).toBe(true);
      }
      steps.push(flat(document.querySelector('.fr-stepper__state')?.textContent));
    });
    // A later step of the single-page app is on screen only if « Suivant » accepted the answers.
    expectation.pages.forEach((page, index) => {
      if (steps[index]) expect(page.step).toContain(steps[index]);
    });
  });

  it("names each field by the form's own words", async () => {
    await visitPages(variant, expectation, (page, document) => {
      for (const field of page.fields) {
        const control = document.querySelector(field.selector)!;
        expect(flat(wordsAround(control)), field.selector).toContain(field.label);
        if (!field.option) continue;
        const option =
          control.tagName === 'SELECT'
            ? control.querySelector(`option[value="${field.expect === 'value' && field.value}"]`)
                ?.textContent
            : wordsAround(control);
        expect(flat(option), field.selector).toContain(field.option);
      }
    });
  });

  it('makes the panel say where each value went, or that it is to copy by hand', () => {
    expect(expectation.panel).toEqual(panelFromFields(expectation, expectation.panel));
    const held = new Set(fields.flatMap(heldValues));
    expect(
      [...held].filter((value) => !expectation.panel.some((line) => line.value === value)),
    ).toEqual([]);
    expect(new Set(expectation.panel.map((line) => line.value)).size).toBe(
      expectation.panel.length,
    );
  });

  it('expects from each field the scenario’s values, and nothing from an unreachable one', () => {
    for (const field of fields) {
      const [value] = heldValues(field);
      if (!field.reachable) {
        expect(field.why, field.selector).toBeDefined();
        expect(field.holds, field.selector).toBeUndefined();
      }
      if (field.expect === 'empty' || field.expect === 'unchecked') {
        expect(field.holds, field.selector).toBeUndefined();
      }
      if (value && (field.expect === 'checked' || field.option)) {
        expect(field.option, field.selector).toBe(scenario.values[value]);
      } else if (field.expect === 'value' && value?.startsWith('publication-')) {
        expect(publicationWritings(heldValues(field)), field.selector).toContain(field.value);
      } else if (field.expect === 'value' && value) {
        expect([field.value, ...(field.alsoRight ?? [])]).toContain(scenario.values[value]);
      }
    }
  });

  it('changes, with other answers, only fields the form has', () => {
    const selectors = fields.map((field) => field.selector);
    for (const alternative of expectation.alternatives) {
      for (const field of alternative.fields) expect(selectors).toContain(field.selector);
    }
  });

  it('loads nothing from elsewhere and posts only to its own site', async () => {
    const pages = expectation.pages.filter((page) => !page.frame);
    for (const file of new Set(pages.map((page) => page.file))) {
      const html = readFormPage(variant, file);
      expect(html).not.toMatch(/(src|href|action)="(https?:)?\/\//);
      expect(html).toContain("En cas d'urgence, appelez le 17 ou le 112");
      const { document, close } = openFormPage(variant, file);
      for (const form of document.querySelectorAll('form')) {
        expect(form.getAttribute('method')).toBe('post');
        expect(form.getAttribute('action')).toMatch(/^\/PharosS1\//);
      }
      await close();
    }
  });
});
