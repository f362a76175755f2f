import type { Translate } from '../../../lib/i18n/translate';
import type { LibraryFilter } from '../../../lib/library/filter-captures';

export interface FilterOptions {
  platforms: Array<{ id: string; label: string }>;
  categories: Array<{ id: string; label: string }>;
  cases: Array<{ id: string; label: string }>;
}

/** The library's search: text, author, platform, category, status and a range of days. */
export function LibraryFilters({
  filter,
  options,
  t,
  onChange,
}: {
  filter: LibraryFilter;
  options: FilterOptions;
  t: Translate;
  onChange: (filter: LibraryFilter) => void;
}) {
  const set = (change: Partial<LibraryFilter>) => {
    const next: LibraryFilter = { ...filter, ...change };
    for (const key of Object.keys(next) as Array<keyof LibraryFilter>) {
      if (next[key] === '' || next[key] === undefined) delete next[key];
    }
    onChange(next);
  };
  const select = (
    id: string,
    label: string,
    value: string | undefined,
    choices: Array<{ id: string; label: string }>,
    change: (value: string) => void,
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => change(event.currentTarget.value)}>
        <option value="">{t('library.any')}</option>
        {choices.map((choice) => (
          <option value={choice.id} key={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label for="filter-text">{t('library.search')}</label>
        <input
          id="filter-text"
          type="search"
          value={filter.text ?? ''}
          onInput={(event) => set({ text: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="filter-author">{t('library.author')}</label>
        <input
          id="filter-author"
          type="search"
          value={filter.author ?? ''}
          onInput={(event) => set({ author: event.currentTarget.value })}
        />
      </div>
      {select(
        'filter-platform',
        t('library.platform'),
        filter.platform,
        options.platforms,
        (platform) => set({ platform }),
      )}
      {select(
        'filter-category',
        t('library.category'),
        filter.categoryId,
        options.categories,
        (categoryId) => set({ categoryId }),
      )}
      {select('filter-case', t('library.case'), filter.caseId, options.cases, (caseId) =>
        set({ caseId }),
      )}
      {select(
        'filter-status',
        t('library.status'),
        filter.status,
        [
          { id: 'captured', label: t('library.status.captured') },
          { id: 'reported', label: t('library.status.reported') },
        ],
        (status) => set({ status: (status || undefined) as LibraryFilter['status'] }),
      )}
      <div class="field">
        <label for="filter-from">{t('library.from')}</label>
        <input
          id="filter-from"
          type="date"
          value={filter.from ?? ''}
          onInput={(event) => set({ from: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="filter-to">{t('library.to')}</label>
        <input
          id="filter-to"
          type="date"
          value={filter.to ?? ''}
          onInput={(event) => set({ to: event.currentTarget.value })}
        />
      </div>
      <div class="choice">
        <input
          id="filter-trash"
          type="checkbox"
          checked={Boolean(filter.trash)}
          onChange={(event) => set({ trash: event.currentTarget.checked || undefined })}
        />
        <label for="filter-trash">{t('library.trash')}</label>
      </div>
    </form>
  );
}
