import type { Translate } from '../../../lib/i18n/translate';

export interface CaptureSummary {
  id: string;
  /** The capture's one name (see lib/evidence/capture-name.ts). */
  name: string;
  capturedAt: string;
  /** « Capturé le … », already in words. */
  capturedOn: string;
  thumbnailUrl?: string;
  reported: boolean;
}

export function CaptureList({
  captures,
  t,
  onOpen,
}: {
  captures: CaptureSummary[];
  t: Translate;
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
              <span class="capture-name">{capture.name}</span>
              <br />
              <time class="muted" dateTime={capture.capturedAt}>
                {capture.capturedOn}
              </time>
              {capture.reported && <span class="tag reported">{t('list.reported')}</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
