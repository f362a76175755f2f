import type { ComponentChildren } from 'preact';

/** A DSFR radio group: a fieldset whose legend is the question. */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  hidden,
  onChoose,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly string[];
  hidden?: boolean;
  onChoose?: (option: string) => void;
}) {
  return (
    <fieldset class="fr-fieldset" hidden={hidden} data-question={legend}>
      <legend class="fr-fieldset__legend">
        {legend}
        {hint ? <span class="fr-hint-text">{hint}</span> : null}
      </legend>
      {options.map((option, index) => {
        const id = `${name}-${index + 1}`;
        return (
          <div class="fr-radio-group" key={option}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option}
              onChange={() => onChoose?.(option)}
            />
            <label class="fr-label" for={id}>
              {option}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A DSFR input with its label and hint; uncontrolled, as a person (or Témoin) types into it. */
export function InputGroup({
  id,
  label,
  hint,
  type = 'text',
  multiline = false,
}: {
  id: string;
  label: string;
  hint?: string;
  type?: 'text' | 'url' | 'email';
  multiline?: boolean;
}) {
  return (
    <div class="fr-input-group" data-question={label}>
      <label class="fr-label" for={id}>
        {label}
        {hint ? <span class="fr-hint-text">{hint}</span> : null}
      </label>
      {multiline ? (
        <textarea class="fr-input" id={id} name={id} rows={8} maxLength={3000} />
      ) : (
        <input
          class="fr-input"
          // Preact types each input type apart; all three are plain text boxes here.
          type={type as 'text'}
          id={id}
          name={id}
          autocomplete="off"
        />
      )}
    </div>
  );
}

/** One step of the form, shown alone, with its place among the steps. */
export function Step({
  number,
  count,
  title,
  next,
  shown,
  children,
}: {
  number: number;
  count: number;
  title: string;
  next?: string;
  shown: boolean;
  children: ComponentChildren;
}) {
  return (
    <section
      class="training-step"
      hidden={!shown}
      data-step={number}
      aria-labelledby={`step-${number}`}
    >
      <div class="fr-stepper">
        <h2 class="fr-stepper__title" id={`step-${number}`}>
          {title}
          <span class="fr-stepper__state">
            Étape {number} sur {count}
          </span>
        </h2>
        <div class="fr-stepper__steps" style={{ '--done': `${(number / count) * 100}%` }} />
        {next ? (
          <p class="fr-stepper__details">
            <span class="fr-text--bold">Étape suivante :</span> {next}
          </p>
        ) : null}
      </div>
      {children}
    </section>
  );
}
