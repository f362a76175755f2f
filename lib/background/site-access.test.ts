import { grantedSitePatterns } from './site-access';

describe('grantedSitePatterns', () => {
  it.each([
    [['https://mastodon.exemple/*'], ['https://mastodon.exemple/*']],
    [
      ['http://forum.exemple.test/*', 'https://a.exemple/*'],
      ['http://forum.exemple.test/*', 'https://a.exemple/*'],
    ],
    [['https://*/*', 'http://*/*'], []],
    [['<all_urls>'], []],
    [['https://mastodon.exemple/@someone/*'], []],
    [undefined, []],
  ])('%j → %j', (origins, patterns) => {
    expect(grantedSitePatterns(origins)).toEqual(patterns);
  });
});
