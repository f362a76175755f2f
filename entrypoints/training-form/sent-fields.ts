import type { SentField } from './components/SentRecap';

/**
 * What the form holds, in its own words: each question shown and its answer, or none. A
 * sub-question the form hides (the sub-choices of another category) is not part of it.
 */
export function sentFields(form: HTMLFormElement): SentField[] {
  return Array.from(form.querySelectorAll<HTMLElement>('[data-question]'))
    .filter((group) => !group.hidden)
    .map((group) => {
      const question = group.dataset.question ?? '';
      const controls = Array.from(
        group.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
      );
      const choices = controls.filter((control) => ['radio', 'checkbox'].includes(control.type));
      const answer = choices.length
        ? choices
            .filter((control) => (control as HTMLInputElement).checked)
            .map((control) => (control.type === 'checkbox' ? '✓' : control.value))
            .join(', ')
        : (controls[0]?.value.trim() ?? '');
      return { question, answer, required: question.endsWith('*') };
    });
}
