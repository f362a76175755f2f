import { formatMessage, type Catalogue, type Message } from './catalogue';
import { authorPdfMessagesEn } from './author-pdf-messages-en';
import { authorPdfMessagesFr } from './author-pdf-messages-fr';
import { classroomMessagesEn } from './classroom-messages-en';
import { classroomMessagesFr } from './classroom-messages-fr';
import { messagesEn } from './messages-en';
import { messagesFr } from './messages-fr';
import { nameMessagesEn } from './name-messages-en';
import { nameMessagesFr } from './name-messages-fr';
import { panelMessagesEn } from './panel-messages-en';
import { panelMessagesFr } from './panel-messages-fr';
import { pdfMessagesEn } from './pdf-messages-en';
import { pdfMessagesFr } from './pdf-messages-fr';
import { problemMessagesEn } from './problem-messages-en';
import { problemMessagesFr } from './problem-messages-fr';
import { reportingMessagesEn } from './reporting-messages-en';
import { reportingMessagesFr } from './reporting-messages-fr';
import { translator } from './translate';

const NAMESPACES: Array<[string, Catalogue, Catalogue]> = [
  ['interface', messagesFr, messagesEn],
  ['classroom', classroomMessagesFr, classroomMessagesEn],
  ['name', nameMessagesFr, nameMessagesEn],
  ['panel', panelMessagesFr, panelMessagesEn],
  ['pdf', pdfMessagesFr, pdfMessagesEn],
  ['author-pdf', authorPdfMessagesFr, authorPdfMessagesEn],
  ['problems', problemMessagesFr, problemMessagesEn],
  ['reporting', reportingMessagesFr, reportingMessagesEn],
];

const shape = (message: Message) => (typeof message === 'string' ? 'text' : 'plural');
const placeholders = (message: Message) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
      ),
    ),
  ].sort();

const messages = NAMESPACES.flatMap(([namespace, french, english]) =>
  Object.keys(french).map((key) => [namespace, key, french[key]!, english[key]] as const),
);

describe('catalogues', () => {
  it.each(NAMESPACES)('%s: English has exactly the French keys', (_namespace, french, english) => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(french).sort());
  });

  it.each(messages)('%s %s: same shape and placeholders in both', (_ns, _key, french, english) => {
    expect(english === undefined ? undefined : shape(english)).toBe(shape(french));
    expect(english === undefined ? undefined : placeholders(english)).toEqual(placeholders(french));
  });

  it.each(messages.filter(([, , french]) => typeof french !== 'string'))(
    '%s %s: a plural counts with {count}',
    (_namespace, _key, french) => {
      expect(placeholders(french)).toContain('count');
    },
  );

  it('no message writes a plural as "(s)"', () => {
    const texts = messages.flatMap(([, , french, english]) =>
      [french, english].flatMap((message) =>
        typeof message === 'string' ? [message] : Object.values(message ?? {}),
      ),
    );
    expect(texts.filter((text) => text.includes('(s)'))).toEqual([]);
  });
});

describe('plurals', () => {
  it.each([
    ['fr', 0, '0 preuve restaurée.'],
    ['fr', 1, '1 preuve restaurée.'],
    ['fr', 3, '3 preuves restaurées.'],
    ['en', 0, '0 captures restored.'],
    ['en', 1, '1 capture restored.'],
    ['en', 3, '3 captures restored.'],
  ] as const)('%s, %i → %s', (locale, count, text) => {
    expect(translator(locale)('library.restored', { count })).toBe(text);
  });

  it('falls back to "other" when a language has a form the message lacks', () => {
    // French says "many" for round millions.
    expect(
      formatMessage({ one: '{count} jour', other: '{count} jours' }, { count: 1e6 }, 'fr'),
    ).toBe('1000000 jours');
  });
});
