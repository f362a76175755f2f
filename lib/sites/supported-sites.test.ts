import { z } from '../validation/zod';
import { SUPPORTED_SITES, isSupportedSite, supportedSiteMatches } from './supported-sites';

const supportedSiteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/)).min(1),
});

describe('supported sites', () => {
  it('match their schema', () => {
    expect(() => z.array(supportedSiteSchema).parse(SUPPORTED_SITES)).not.toThrow();
  });

  it('have unique ids and hosts', () => {
    const ids = SUPPORTED_SITES.map((site) => site.id);
    const hosts = SUPPORTED_SITES.flatMap((site) => site.hosts);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it.each([
    'x.com',
    'twitter.com',
    'facebook.com',
    'instagram.com',
    'tiktok.com',
    'youtube.com',
    'twitch.tv',
    'reddit.com',
    'discord.com',
    'web.telegram.org',
    'bsky.app',
    'snapchat.com',
  ])('include %s, as the capture issue asks', (host) => {
    expect(supportedSiteMatches()).toContain(`https://*.${host}/*`);
  });

  it('never ask for every site', () => {
    expect(
      supportedSiteMatches().some((pattern) =>
        /<all_urls>|\*:\/\/\*\/|https:\/\/\*\/\*/.test(pattern),
      ),
    ).toBe(false);
  });

  it.each([
    ['https://www.youtube.com/live_chat?v=1', true],
    ['https://old.reddit.com/r/a/', true],
    ['https://mastodon.social/@alice', false],
    ['https://notyoutube.com/', false],
  ])('tell whether %s is supported: %s', (address, expected) => {
    expect(isSupportedSite(new URL(address))).toBe(expected);
  });
});
