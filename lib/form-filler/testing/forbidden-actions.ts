import { vi } from 'vitest';

export interface ForbiddenActions {
  /** Everything done that the filler must never do: submits and clicks on anything but options. */
  seen(): string[];
  /** Runs what the person does (pressing « Suivant »), which is not the filler's doing. */
  asPerson(action: () => void): void;
  stop(): void;
}

/**
 * Watches a page for submits and clicks. The filler may click radios and checkboxes only;
 * any other click, and any submit by any way, is recorded.
 */
export function watchForbiddenActions(document: Document): ForbiddenActions {
  const seen: string[] = [];
  let person = false;
  const submit = vi.spyOn(HTMLFormElement.prototype, 'submit');
  const requestSubmit = vi.spyOn(HTMLFormElement.prototype, 'requestSubmit');
  const onClick = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const isOption = target.localName === 'input' && ['radio', 'checkbox'].includes(target.type);
    if (!person && !isOption) seen.push(`click on <${target.localName}>`);
  };
  const onSubmit = () => seen.push('submit event');
  document.addEventListener('click', onClick, true);
  document.addEventListener('submit', onSubmit, true);
  const calls = () => [
    ...submit.mock.calls.map(() => 'form.submit()'),
    ...requestSubmit.mock.calls.map(() => 'form.requestSubmit()'),
  ];
  let stopped = false;
  return {
    seen: () => (stopped ? seen : [...seen, ...calls()]),
    asPerson(action) {
      person = true;
      try {
        action();
      } finally {
        person = false;
      }
    },
    stop() {
      // Restoring a spy forgets its calls: keep them first.
      if (!stopped) seen.push(...calls());
      stopped = true;
      submit.mockRestore();
      requestSubmit.mockRestore();
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('submit', onSubmit, true);
    },
  };
}
