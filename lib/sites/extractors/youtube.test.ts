// @vitest-environment happy-dom
import { extractPost } from '../extract-post';

const url = new URL('https://www.youtube.com/watch?v=vidFict01');
const now = new Date('2026-11-22T10:30:00.000Z');

function comment(author: string): Document {
  return new DOMParser().parseFromString(
    `<ytd-comment-view-model>${author}
       <span id="published-time-text"><a href="/watch?v=vidFict01&lc=UgxFict">il y a 2 jours</a></span>
       <yt-attributed-string id="content-text">Texte</yt-attributed-string>
     </ytd-comment-view-model>`,
    'text/html',
  );
}

describe('a YouTube comment’s author', () => {
  it.each([
    [
      'a link to the handle',
      '<a id="author-text" href="/@luna_fict"><span>@luna_fict</span></a>',
      { authorHandle: '@luna_fict', authorUrl: 'https://www.youtube.com/@luna_fict' },
    ],
    [
      'the shown @handle, the link naming only the channel',
      '<a id="author-text" href="/channel/UCfict0123456789abcdefgh"><span>@luna_fict</span></a>',
      {
        authorHandle: '@luna_fict',
        authorUrl: 'https://www.youtube.com/@luna_fict',
        authorId: 'UCfict0123456789abcdefgh',
      },
    ],
    [
      'a channel link and a display name',
      '<a id="author-text" href="/channel/UCfict0123456789abcdefgh"><span>Luna</span></a>',
      {
        authorName: 'Luna',
        authorUrl: 'https://www.youtube.com/channel/UCfict0123456789abcdefgh',
        authorId: 'UCfict0123456789abcdefgh',
      },
    ],
  ])('is read from %s', (_source, author, expected) => {
    const document = comment(author);
    const read = extractPost(document.querySelector('#content-text')!, { document, url, now });
    expect(read?.details).toMatchObject(expected);
    if (!('authorHandle' in expected)) expect(read?.details.authorHandle).toBeUndefined();
  });
});

describe('a Short’s title', () => {
  const shortUrl = new URL('https://www.youtube.com/shorts/shortFict01');

  it.each([
    ['an h2 in the title view model', '<h2 class="title"><span>Titre fictif</span></h2>'],
    [
      'an h1 carrying the title class',
      '<h1 class="ytShortsVideoTitleViewModelShortsVideoTitle"><span>Titre fictif</span></h1>',
    ],
  ])('is read from %s', (_source, title) => {
    const document = new DOMParser().parseFromString(
      `<ytd-reel-video-renderer is-active>
         <yt-reel-channel-bar-view-model><a href="/@luna_fict">@luna_fict</a></yt-reel-channel-bar-view-model>
         <yt-shorts-video-title-view-model>${title}</yt-shorts-video-title-view-model>
       </ytd-reel-video-renderer>`,
      'text/html',
    );
    const read = extractPost(document.querySelector('yt-reel-channel-bar-view-model')!, {
      document,
      url: shortUrl,
      now,
    });
    expect(read?.details).toMatchObject({ text: 'Titre fictif', postId: 'shortFict01' });
  });
});
