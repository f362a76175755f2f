import type { PageFlow } from './page-flow';
import type { ReportCapture, ReportContext } from './report-context';

/** The names `runtime.getPlatformInfo()` gives, as people know them. */
const SYSTEM_NAMES: Record<string, string> = {
  win: 'Windows',
  mac: 'macOS',
  linux: 'Linux',
  android: 'Android',
  cros: 'ChromeOS',
  openbsd: 'OpenBSD',
  fuchsia: 'Fuchsia',
};

/** « 3 min 2,5 s », « 420 ms »: a duration in the report's language. */
export function durationText(milliseconds: number, language: 'fr' | 'en'): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (milliseconds < 1000) return `${number(milliseconds, 0)} ms`;
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${number(seconds, 1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${number(seconds - minutes * 60, 1)} s`;
}

/**
 * How and where the capture was made, in the manner of NF Z67-147 for internet constats: the
 * browser and its version, the extension, the operating system, the window, the time zone,
 * the device clock and, when the capture is sealed, its offset from the authority's time.
 */
export function drawEnvironment(
  flow: PageFlow,
  { capture, seal }: ReportCapture,
  { say, language }: ReportContext,
): void {
  const { environment, time, page } = capture.metadata;
  const system = environment.operatingSystem;
  flow.space(6);
  flow.text(say('environment'), { font: 'bold', size: 11 });
  flow.field(say('envBrowser'), `${environment.browserName} ${environment.browserVersion}`);
  flow.field(say('envExtension'), `Témoin ${environment.extensionVersion}`);
  flow.field(
    say('envSystem'),
    system
      ? [
          `${SYSTEM_NAMES[system.name] ?? system.name} (${system.architecture})`,
          system.version && say('envSystemVersion', { version: system.version }),
        ]
          .filter(Boolean)
          .join(', ')
      : say('envSystemUnknown'),
  );
  flow.field(say('envUserAgent'), environment.userAgent);
  flow.field(
    say('envWindow'),
    `${page.viewport.width} × ${page.viewport.height}, ×${page.devicePixelRatio}`,
  );
  flow.field(say('envTimeZone'), `${time.timeZone} (UTC${time.utcOffset})`);
  flow.field(say('envClock'), say('envClockText', { time: time.capturedAt }));
  if (!seal) {
    flow.field(say('envOffset'), say('envOffsetNone'));
    return;
  }
  const offset = durationText(Math.abs(seal.clockOffsetMs), language);
  const uncertainty = durationText(seal.clockUncertaintyMs, language);
  flow.field(
    say('envOffset'),
    Math.abs(seal.clockOffsetMs) <= seal.clockUncertaintyMs
      ? say('envOffsetRight', { uncertainty })
      : say(seal.clockOffsetMs > 0 ? 'envOffsetAhead' : 'envOffsetBehind', { offset, uncertainty }),
  );
}
