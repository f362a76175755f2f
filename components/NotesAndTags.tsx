import { useState } from 'preact/hooks';
import { saveError } from '../lib/i18n/save-error';
import { formatDateTime, type Locale, type Translate } from '../lib/i18n/translate';

export interface NotesAndTagsProps {
  captureId: string;
  notes: readonly { at: string; text: string }[];
  tags: readonly string[];
  /** Tags used on other captures, offered as the user types. */
  knownTags?: readonly string[];
  t: Translate;
  locale: Locale;
  /** Each saves, or rejects with an error the component explains. */
  onAddNote: (text: string) => Promise<void>;
  onSetTags: (tags: string[]) => Promise<void>;
}

/** As the custody log's `tags` entry allows. */
const MAX_TAG_LENGTH = 80;
const MAX_TAGS = 50;

/**
 * The user's notes and tags on a capture, kept beside it in the custody log: notes are only
 * ever added (a correction is a new note), tags are replaced as a set. What was typed stays in
 * the box until it is saved.
 */
export function NotesAndTags(props: NotesAndTagsProps) {
  const { t, locale, notes, tags, captureId } = props;
  const [draft, setDraft] = useState('');
  const [tagDraft, setTagDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  async function run(action: () => Promise<void>, success: string) {
    setSaving(true);
    setError(null);
    try {
      await action();
      setSaid(success);
      return true;
    } catch (failure) {
      setError(saveError(failure, t));
      return false;
    } finally {
      setSaving(false);
    }
  }
  const addNote = async () => {
    const text = draft.trim();
    if (!text || saving) return;
    if (await run(() => props.onAddNote(text), t('notes.added'))) setDraft('');
  };
  const addTags = async () => {
    const typed = tagDraft
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    if (typed.length === 0 || saving) return;
    const seen = new Set(tags.map((tag) => tag.toLocaleLowerCase('fr')));
    const added = typed.filter((tag) => {
      const key = tag.toLocaleLowerCase('fr');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (added.length === 0) return setTagDraft('');
    // Said here, in words, rather than refused by the message's schema with its own wording.
    const tooLong = added.find((tag) => tag.length > MAX_TAG_LENGTH);
    if (tooLong) return setError(t('tags.tooLong', { max: MAX_TAG_LENGTH, tag: tooLong }));
    if (tags.length + added.length > MAX_TAGS)
      return setError(t('tags.tooMany', { max: MAX_TAGS }));
    if (await run(() => props.onSetTags([...tags, ...added]), t('tags.saved'))) setTagDraft('');
  };
  const ids = { note: `note-${captureId}`, tag: `tag-${captureId}`, list: `known-${captureId}` };

  return (
    <section class="stack notes-and-tags" aria-labelledby={`${ids.note}-title`}>
      <h2 id={`${ids.note}-title`}>{t('notes.title')}</h2>
      {notes.length === 0 ? (
        <p class="muted">{t('notes.none')}</p>
      ) : (
        <ol class="notes">
          {notes.map((note, index) => (
            <li key={`${note.at}-${index}`}>
              <time dateTime={note.at} class="muted">
                {formatDateTime(note.at, locale)}
              </time>
              <p class="note-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <div class="field">
        <label for={ids.note}>{t('notes.new')}</label>
        <textarea
          id={ids.note}
          rows={3}
          maxLength={20_000}
          value={draft}
          aria-describedby={`${ids.note}-help`}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void addNote();
            }
          }}
        />
        <p class="muted" id={`${ids.note}-help`}>
          {t('notes.help')}
        </p>
      </div>
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!draft.trim() || saving}
          onClick={() => void addNote()}
        >
          {t('notes.add')}
        </button>
      </div>

      <h3 id={`${ids.tag}-title`}>{t('tags.title')}</h3>
      <ul class="row wrap tags" aria-labelledby={`${ids.tag}-title`}>
        {tags.length === 0 && <li class="muted">{t('tags.none')}</li>}
        {tags.map((tag) => (
          <li class="tag" key={tag}>
            {tag}{' '}
            <button
              type="button"
              class="tag-remove"
              aria-label={t('tags.remove', { tag })}
              disabled={saving}
              onClick={() =>
                void run(
                  () => props.onSetTags(tags.filter((other) => other !== tag)),
                  t('tags.saved'),
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="row wrap">
        <label for={ids.tag} class="visually-hidden">
          {t('tags.new')}
        </label>
        <input
          id={ids.tag}
          type="text"
          placeholder={t('tags.new')}
          list={props.knownTags?.length ? ids.list : undefined}
          value={tagDraft}
          maxLength={400}
          onInput={(event) => setTagDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              void addTags();
            }
          }}
        />
        <button type="button" disabled={!tagDraft.trim() || saving} onClick={() => void addTags()}>
          {t('tags.add')}
        </button>
        {props.knownTags?.length ? (
          <datalist id={ids.list}>
            {props.knownTags.map((tag) => (
              <option value={tag} key={tag} />
            ))}
          </datalist>
        ) : null}
      </div>
      {error ? (
        <p class="notice error" role="alert">
          {error}
        </p>
      ) : (
        <p class="muted" role="status">
          {said}
        </p>
      )}
    </section>
  );
}
