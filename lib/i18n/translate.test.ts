import type { Message } from './catalogue';
import { messagesEn } from './messages-en';
import { messagesFr } from './messages-fr';
import { formatBytes, resolveLocale, translator } from './translate';

const placeholders = (message: Message) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
      ),
    ),
  ].sort();

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesFr).sort());
  });

  it.each(Object.keys(messagesFr) as Array<keyof typeof messagesFr>)(
    'use the same placeholders for %s',
    (key) => {
      expect(placeholders(messagesEn[key])).toEqual(placeholders(messagesFr[key]));
    },
  );

  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['de', 'fr'],
    [undefined, 'fr'],
  ])('choose %s → %s (French by default)', (language, locale) => {
    expect(resolveLocale(language)).toBe(locale);
  });

  it('fill placeholders', () => {
    expect(translator('fr')('popup.enableSite', { site: 'forum.exemple' })).toBe(
      'Activer le recadrage des publications sur forum.exemple',
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [300_000, 'fr', '0,3 Mo'],
    [83_331_000_000, 'fr', '83,3 Go'],
    [12_500_000, 'en', '12.5 MB'],
  ] as const)('%i bytes in %s → %s', (bytes, locale, text) => {
    expect(formatBytes(bytes, locale).replace(/\s/g, ' ')).toBe(text);
  });
});
