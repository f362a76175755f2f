import type { Locale, Translate } from '../../../lib/i18n/translate';
import { formatDateTime } from '../../../lib/i18n/translate';

export interface CaptureSummary {
  id: string;
  host: string;
  capturedAt: string;
  title: string;
  thumbnailUrl?: string;
  reported: boolean;
}

export function CaptureList({
  captures,
  t,
  locale,
  onOpen,
}: {
  captures: CaptureSummary[];
  t: Translate;
  locale: Locale;
  onOpen: (id: string) => void;
}) {
  if (captures.length === 0) return <p class="muted">{t('popup.empty')}</p>;
  return (
    <ul class="capture-list">
      {captures.map((capture) => (
        <li key={capture.id}>
          <button type="button" onClick={() => onOpen(capture.id)} data-capture-id={capture.id}>
            {capture.thumbnailUrl ? <img src={capture.thumbnailUrl} alt="" /> : <span />}
            <span>
              <span class="site">{capture.host || capture.title}</span>
              <br />
              <time class="muted" dateTime={capture.capturedAt}>
                {formatDateTime(capture.capturedAt, locale)}
              </time>
              {capture.reported && <span class="tag reported">{t('list.reported')}</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
