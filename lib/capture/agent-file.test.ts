import { agentFileFor } from './agent-file';

describe('agentFileFor', () => {
  it.each([
    ['https://x.com/home', '/page-agent-x.js'],
    ['https://mobile.twitter.com/someone/status/1', '/page-agent-x.js'],
    ['https://old.reddit.com/r/france/comments/abc/un_fil/def/', '/page-agent-reddit.js'],
    ['https://www.youtube.com/live_chat?v=abc', '/page-agent-youtube.js'],
    ['https://web.telegram.org/a/', '/page-agent-telegram.js'],
    ['https://mastodon.social/@someone/1', '/page-agent-web.js'],
    ['https://notx.com/', '/page-agent-web.js'],
    ['not an address', '/page-agent-web.js'],
    [undefined, '/page-agent-web.js'],
  ])('for %s injects %s', (address, file) => {
    expect(agentFileFor(address)).toBe(file);
  });
});
