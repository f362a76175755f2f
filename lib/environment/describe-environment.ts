import browser from 'webextension-polyfill';

/** The operating system as the browser reports it (absent from captures made before 2026-12). */
export interface OperatingSystem {
  /** `runtime.getPlatformInfo()`'s name: win, mac, linux, android, cros, openbsd, fuchsia. */
  name: string;
  architecture: string;
  /** Chrome's platform version (on Windows 11, 13.0.0 or more); absent where not reported. */
  version?: string;
}

export interface EnvironmentFacts {
  browserName: string;
  browserVersion: string;
  userAgent: string;
  extensionVersion: string;
  operatingSystem?: OperatingSystem;
}

interface UserAgentData {
  getHighEntropyValues(hints: string[]): Promise<{
    fullVersionList?: Array<{ brand: string; version: string }>;
    platformVersion?: string;
  }>;
}

let cached: Promise<EnvironmentFacts> | undefined;

/** The browser and extension versions recorded in every capture (read once per worker). */
export function describeEnvironment(): Promise<EnvironmentFacts> {
  cached ??= readEnvironment();
  return cached;
}

async function readOperatingSystem(platformVersion?: string): Promise<OperatingSystem> {
  const { os, arch } = await browser.runtime.getPlatformInfo();
  return { name: os, architecture: arch, ...(platformVersion ? { version: platformVersion } : {}) };
}

async function readEnvironment(): Promise<EnvironmentFacts> {
  const extensionVersion = browser.runtime.getManifest().version;
  const userAgent = navigator.userAgent;
  if (typeof browser.runtime.getBrowserInfo === 'function') {
    const info = await browser.runtime.getBrowserInfo();
    return {
      browserName: info.name,
      browserVersion: info.version,
      userAgent,
      extensionVersion,
      operatingSystem: await readOperatingSystem(),
    };
  }
  const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  const values = await data?.getHighEntropyValues(['fullVersionList', 'platformVersion']);
  const brands = values?.fullVersionList ?? [];
  const brand =
    brands.find((entry) => !/Not.?A.?Brand|Chromium/i.test(entry.brand)) ??
    brands.find((entry) => entry.brand === 'Chromium');
  const fromAgent = /Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent)?.[1];
  return {
    browserName: brand?.brand ?? 'Chromium',
    browserVersion: brand?.version ?? fromAgent ?? 'unknown',
    userAgent,
    extensionVersion,
    operatingSystem: await readOperatingSystem(values?.platformVersion),
  };
}
