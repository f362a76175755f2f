import browser from 'webextension-polyfill';

export interface EnvironmentFacts {
  browserName: string;
  browserVersion: string;
  userAgent: string;
  extensionVersion: string;
}

interface UserAgentData {
  getHighEntropyValues(hints: string[]): Promise<{
    fullVersionList?: Array<{ brand: string; version: string }>;
  }>;
}

let cached: Promise<EnvironmentFacts> | undefined;

/** The browser and extension versions recorded in every capture (read once per worker). */
export function describeEnvironment(): Promise<EnvironmentFacts> {
  cached ??= readEnvironment();
  return cached;
}

async function readEnvironment(): Promise<EnvironmentFacts> {
  const extensionVersion = browser.runtime.getManifest().version;
  const userAgent = navigator.userAgent;
  if (typeof browser.runtime.getBrowserInfo === 'function') {
    const info = await browser.runtime.getBrowserInfo();
    return { browserName: info.name, browserVersion: info.version, userAgent, extensionVersion };
  }
  const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  const brands = (await data?.getHighEntropyValues(['fullVersionList']))?.fullVersionList ?? [];
  const brand =
    brands.find((entry) => !/Not.?A.?Brand|Chromium/i.test(entry.brand)) ??
    brands.find((entry) => entry.brand === 'Chromium');
  const fromAgent = /Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent)?.[1];
  return {
    browserName: brand?.brand ?? 'Chromium',
    browserVersion: brand?.version ?? fromAgent ?? 'unknown',
    userAgent,
    extensionVersion,
  };
}
