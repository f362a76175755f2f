// @vitest-environment happy-dom
import { extractPost } from '../extract-post';

const url = new URL('https://x.com/home');
const now = new Date('2026-11-22T10:30:00.000Z');

/** An article whose author line is given; the rest as X shows a post. */
function article(userName: string, avatar = ''): Document {
  return new DOMParser().parseFromString(
    `<article data-testid="tweet">${avatar}<div data-testid="User-Name">${userName}</div>
     <div data-testid="tweetText" id="text">Texte</div></article>`,
    'text/html',
  );
}

describe('the author handle on X', () => {
  it.each([
    [
      'the dedicated handle link',
      '<a href="/luna_fict"><span>Luna</span></a><a href="/luna_fict" tabindex="-1"><span>@luna_fict</span></a>',
      '',
    ],
    [
      'an @ line in the author block',
      '<div><span>Luna</span></div><div tabindex="-1"><span>@luna_fict</span></div>',
      '',
    ],
    ['the author link’s path', '<a href="/luna_fict"><span>Luna</span></a>', ''],
    [
      'the avatar’s test id',
      '<div><span>Luna</span></div>',
      '<div data-testid="UserAvatar-Container-luna_fict"></div>',
    ],
  ])('comes from %s', (_source, userName, avatar) => {
    const document = article(userName, avatar);
    const read = extractPost(document.querySelector('#text')!, { document, url, now });
    expect(read?.details).toMatchObject({
      authorName: 'Luna',
      authorHandle: '@luna_fict',
      authorUrl: 'https://x.com/luna_fict',
    });
  });

  it('is left out when nothing names it', () => {
    const document = article('<div><span>Luna</span></div>');
    const read = extractPost(document.querySelector('#text')!, { document, url, now });
    expect(read?.details.authorHandle).toBeUndefined();
    expect(read?.details.missing).toContain('authorHandle');
  });
});
