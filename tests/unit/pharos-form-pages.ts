import { Window } from 'happy-dom';
import {
  readFormPage,
  type FieldExpectation,
  type FormExpectation,
  type FormPage,
  type FormVariant,
} from './pharos-form-fixtures';

/** What a person can fill; hidden inputs carry the site's own tokens. */
export const CONTROLS = 'input:not([type="hidden"]), select, textarea';

/** A stand-in instant for fields whose value is the capture time, in each format. */
const SAMPLE_TIMES: Record<string, string> = {
  'dd/MM/yyyy': '15/01/2026',
  'yyyy-MM-dd': '2026-01-15',
  'HH:mm': '09:30',
  "yyyy-MM-dd'T'HH:mm": '2026-01-15T09:30',
};

export interface OpenPage {
  document: Document;
  close: () => Promise<void>;
}

/** Opens one page of a variant at its real address, running its own script, loading nothing. */
export function openFormPage(variant: FormVariant, file: string): OpenPage {
  const window = new Window({
    url: `https://www.internet-signalement.gouv.fr/PharosS1/${file}`,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableIframePageLoading: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  window.document.write(readFormPage(variant, file));
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/** Gives a field the value a perfect filler would, with the events a person's typing fires. */
function fillAsExpected(document: Document, field: FieldExpectation) {
  const control = document.querySelector(field.selector) as HTMLInputElement;
  if (field.expect === 'checked') {
    control.click();
    return;
  }
  if (field.expect === 'value' && field.reachable) control.value = field.value;
  else if (field.expect === 'observation-time') control.value = SAMPLE_TIMES[field.format]!;
  else if (field.expect === 'description') control.value = field.contains.join('\n');
  else return;
  control.dispatchEvent(new document.defaultView!.Event('input', { bubbles: true }));
  control.dispatchEvent(new document.defaultView!.Event('change', { bubbles: true }));
}

/**
 * Visits every entry of `pages` as a person would: a new file is opened, a later step of the
 * same file is reached by filling the previous step as expected and pressing its `next`.
 */
export async function visitPages(
  variant: FormVariant,
  expectation: FormExpectation,
  visit: (page: FormPage, document: Document) => void,
) {
  let open: OpenPage | null = null;
  let previous: FormPage | null = null;
  for (const page of expectation.pages) {
    if (open && previous?.next && previous.file === page.file) {
      for (const field of previous.fields) fillAsExpected(open.document, field);
      open.document.querySelector<HTMLElement>(previous.next)!.click();
    } else {
      await open?.close();
      open = openFormPage(variant, page.file);
    }
    visit(page, open.document);
    previous = page;
  }
  await open?.close();
}

/** The words a person reads for a control: its labels and the legends around it. */
export function wordsAround(control: Element): string {
  const labels = Array.from((control as HTMLInputElement).labels ?? []).map(
    (label) => label.textContent,
  );
  const legends: string[] = [];
  let set = control.closest('fieldset');
  for (; set; set = set.parentElement?.closest('fieldset') ?? null) {
    legends.push(set.querySelector(':scope > legend')?.textContent ?? '');
  }
  return [...labels, ...legends].join(' ').replace(/\s+/g, ' ');
}
