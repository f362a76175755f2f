import { useState } from 'preact/hooks';
import type { Translate } from '../../../lib/i18n/translate';
import type { CopyText } from './view-types';

/** A text the user pastes elsewhere: shown whole, selectable, with a copy button. */
export function CopyTextBlock({
  id,
  label,
  text,
  t,
  copy,
}: {
  id: string;
  label: string;
  text: string;
  t: Translate;
  copy: CopyText;
}) {
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  return (
    <div class="copy-text">
      <label for={id}>{label}</label>
      <textarea id={id} readOnly rows={Math.min(14, text.split('\n').length + 1)} value={text} />
      <div class="row">
        <button
          type="button"
          onClick={async () => setStatus((await copy(text)) ? 'copied' : 'failed')}
        >
          {t('report.copy')}
        </button>
        <span role="status" class="muted">
          {status === 'copied'
            ? t('report.copied')
            : status === 'failed'
              ? t('report.copyFailed')
              : ''}
        </span>
      </div>
    </div>
  );
}
