import { useState } from 'preact/hooks';
import type { Translate } from '../../../lib/i18n/translate';

export type CaseTarget = { caseId: string } | { name: string };

/** Puts the selected captures in a case: an existing one, or a new one by name. */
export function CaseAssign({
  cases,
  disabled,
  t,
  onAssign,
}: {
  cases: Array<{ id: string; label: string }>;
  disabled: boolean;
  t: Translate;
  onAssign: (target: CaseTarget) => void;
}) {
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const isNew = choice === '' || !cases.some((item) => item.id === choice);
  return (
    <form
      class="row wrap case-assign"
      aria-label={t('library.addToCase')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!isNew) onAssign({ caseId: choice });
        else if (name.trim()) onAssign({ name: name.trim() });
        setName('');
      }}
    >
      <label for="case-choice">{t('library.case')}</label>
      <select
        id="case-choice"
        value={choice}
        onChange={(event) => setChoice(event.currentTarget.value)}
      >
        <option value="">{t('library.newCase')}</option>
        {cases.map((item) => (
          <option value={item.id} key={item.id}>
            {item.label}
          </option>
        ))}
      </select>
      {isNew && (
        <input
          type="text"
          aria-label={t('library.caseName')}
          placeholder={t('library.caseName')}
          maxLength={200}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      )}
      <button type="submit" disabled={disabled}>
        {t('library.addToCase')}
      </button>
    </form>
  );
}
