import type { Annotation } from '../evidence/annotation';
import { formatDateTime, type Locale, type Translate } from '../i18n/translate';
import { OFFICIAL_CHANNELS } from '../reporting/official-channels';

export function channelName(channelId: string): string {
  return OFFICIAL_CHANNELS.find((channel) => channel.id === channelId)?.name ?? channelId;
}

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
