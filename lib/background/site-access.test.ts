import { capturableSitePatterns, grantedSitePatterns } from './site-access';

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

describe('capturableSitePatterns', () => {
  it.each([
    [['https://mastodon.exemple/*'], ['https://mastodon.exemple/*']],
    // Granted to fill PHAROS, or to ask a timestamp authority for a seal: never captured on.
    [['https://www.internet-signalement.gouv.fr/*'], []],
    [['http://timestamp.sectigo.com/*', 'http://timestamp.digicert.com/*'], []],
    [['https://freetsa.org/*', 'https://forum.exemple.test/*'], ['https://forum.exemple.test/*']],
  ])('%j → %j', (origins, patterns) => {
    expect(capturableSitePatterns(origins)).toEqual(patterns);
  });
});
