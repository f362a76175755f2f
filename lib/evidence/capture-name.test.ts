import type { PostDetails } from '../sites/post-details';
import { captureName, capturedOn, isPracticePage, type NamedMetadata } from './capture-name';

const PRACTICE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/practice.html';

const post = (details: Partial<PostDetails>): PostDetails => ({
  platform: 'web',
  extractor: 'web',
  kind: 'post',
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
  ...details,
});

const capture = (url: string, title: string, extra: Partial<NamedMetadata> = {}) => ({
  page: { url, title, viewport: { width: 1, height: 1 }, devicePixelRatio: 1 },
  ...extra,
});

describe('captureName', () => {
  it.each([
    [
      'a post read by its platform: platform, handle, excerpt',
      capture('https://x.com/home', 'Accueil / X', {
        post: post({
          platform: 'x',
          authorName: 'Le Bavard',
          authorHandle: '@le_bavard',
          text: 'retourne en cuisine',
        }),
      }),
      'fr',
      'X (Twitter) · @le_bavard · « retourne en cuisine »',
    ],
    [
      'in English, English quotes',
      capture('https://x.com/home', 'Home / X', {
        post: post({ platform: 'x', authorHandle: '@le_bavard', text: 'go away' }),
      }),
      'en',
      'X (Twitter) · @le_bavard · “go away”',
    ],
    [
      'a name without a handle',
      capture('https://discord.com/channels/1/2', 'Discord', {
        post: post({ platform: 'discord', authorName: 'Spectateur', text: 'gg' }),
      }),
      'fr',
      'Discord · Spectateur · « gg »',
    ],
    [
      'a long text cut on a word, on one line',
      capture('https://forum.exemple.test/t/1', 'Forum', {
        post: post({
          authorHandle: 'voisin',
          text: 'Un message\nsur deux lignes qui continue bien au-delà de la longueur retenue pour un nom',
        }),
      }),
      'fr',
      'forum.exemple.test · voisin · « Un message sur deux lignes qui continue bien au-delà de la… »',
    ],
    [
      'an author a reader took into the text is said once',
      capture('https://www.reddit.com/r/x/', 'r/x', {
        post: post({
          platform: 'reddit',
          authorName: 'troll_fictif',
          text: 'troll_fictif\n  Message fictif numéro un',
        }),
      }),
      'fr',
      'Reddit · troll_fictif · « Message fictif numéro un »',
    ],
    [
      'a text that only starts like the author keeps its words',
      capture('https://www.reddit.com/r/x/', 'r/x', {
        post: post({ platform: 'reddit', authorName: 'Léa', text: 'Léane a raison' }),
      }),
      'fr',
      'Reddit · Léa · « Léane a raison »',
    ],
    [
      'no post: the page title',
      capture('https://www.exemple.fr/article', 'Un article'),
      'fr',
      'www.exemple.fr · Un article',
    ],
    [
      'no post but a selection: the selection',
      capture('https://www.exemple.fr/article', 'Un article', {
        target: { selectionText: 'la phrase choisie' },
      }),
      'fr',
      'www.exemple.fr · « la phrase choisie »',
    ],
    [
      'the practice page, never by the extension id',
      capture(PRACTICE, 'Témoin · Page d’entraînement', {
        post: post({ authorHandle: '@le_bavard_fictif', text: 't’as rien à faire ici' }),
      }),
      'fr',
      'Exercice · @le_bavard_fictif · « t’as rien à faire ici »',
    ],
    [
      'the practice page without a post, in English',
      capture(PRACTICE, 'Témoin · Practice page'),
      'en',
      'Practice · Témoin · Practice page',
    ],
    [
      'a local file has no host',
      capture('file:///home/moi/page.html', 'Page'),
      'fr',
      'fichier local · Page',
    ],
  ] as const)('%s', (_case, metadata, locale, name) => {
    expect(captureName(metadata, locale)).toBe(name);
  });

  it.each([
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/practice.html', true],
    ['moz-extension://0d0e2a3c-1111-2222-3333-444455556666/practice.html#top', true],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/training-form.html#capture=1', true],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/practice-quiz.html?projector=1', true],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/library.html', false],
    ['https://exemple.fr/practice.html', false],
  ])('%s is a page of the practice space: %s', (url, practice) => {
    expect(isPracticePage(url)).toBe(practice);
  });

  it('labels the capture time', () => {
    expect(capturedOn('2026-11-20T20:14:05.000Z', 'fr')).toMatch(/^Capturé le 20 nov\. 2026/);
    expect(capturedOn('2026-11-20T20:14:05.000Z', 'en')).toMatch(/^Captured on 20 Nov 2026/);
  });
});
