import { readFileSync } from 'node:fs';
import path from 'node:path';

const PHAROS_FIXTURES = path.resolve('tests/fixtures/pharos');

/** The fixture pages, by variant and step. */
export const PHAROS_PAGES = {
  aStep1: 'a/index.html',
  aStep2: 'a/etape-2.html',
  aStep3: 'a/etape-3.html',
  aStep4: 'a/etape-4.html',
  b: 'b/index.html',
} as const;

/**
 * Loads a PHAROS fixture page into the test document and runs its scripts, so the page
 * behaves as in a browser (conditional sub-choices, steps, the record of submit attempts).
 * Scripts inserted as markup never run, so each is replaced by a fresh one. Needs a happy-dom
 * environment with JavaScript evaluation on.
 */
export function loadPharosPage(
  document: Document,
  page: string,
  rewrite: (html: string) => string = (html) => html,
): void {
  const html = rewrite(readFileSync(path.join(PHAROS_FIXTURES, page), 'utf8'));
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const running = document.createElement('script');
    running.textContent = script.textContent;
    script.replaceWith(running);
  }
}

/** The page's record of submit attempts (variant B keeps one; variant A pages too). */
export function submissionsOf(window: Window): unknown[] {
  return (window as Window & { __submissions?: unknown[] }).__submissions ?? [];
}
