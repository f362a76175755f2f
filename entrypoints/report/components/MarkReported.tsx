import { useState } from 'preact/hooks';
import type { Translate } from '../../../lib/i18n/translate';

/** Témoin cannot know a report was sent: the user says so, with an optional note. */
export function MarkReported({
  channelId,
  channelName,
  reportedOn,
  t,
  onMark,
}: {
  channelId: string;
  channelName: string;
  reportedOn?: string;
  t: Translate;
  onMark: (note: string) => Promise<void>;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (reportedOn) {
    return (
      <p class="notice success" role="status">
        {t('report.marked', { channel: channelName, date: reportedOn })}
      </p>
    );
  }
  return (
    <details class="mark-reported">
      <summary>{t('report.markTitle')}</summary>
      <label for={`note-${channelId}`}>{t('report.markNote')}</label>
      <input
        id={`note-${channelId}`}
        type="text"
        maxLength={2000}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onMark(note.trim());
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('report.mark', { channel: channelName })}
      </button>
    </details>
  );
}
