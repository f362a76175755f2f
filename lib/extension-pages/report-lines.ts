import type { Annotation } from '../evidence/annotation';
import { formatDateTime, type Locale, type Translate } from '../i18n/translate';
import { channelName } from '../reporting/official-channels';

/** The reports the user recorded for a capture, one line each, oldest first. */
export function reportLines(
  annotation: Annotation | undefined,
  t: Translate,
  locale: Locale,
): string[] {
  return (annotation?.reports ?? []).map((report) =>
    t('report.reportedTo', {
      channel: channelName(report.channelId),
      date: formatDateTime(report.at, locale),
    }),
  );
}
