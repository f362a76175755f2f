import type { ComponentChildren } from 'preact';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  hint?: string;
  /** Shown under the choice while it is selected (the sub-choices of a category). */
  more?: ComponentChildren;
}

/** One question as a group of radio buttons: a fieldset whose legend is the question. */
export function ChoiceGroup<Value extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  choices: Array<Choice<Value>>;
  value: Value | undefined;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset class="question" data-question={name}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint && (
              <p class="hint muted" id={`${id}-hint`}>
                {choice.hint}
              </p>
            )}
            {value === choice.value && choice.more}
          </div>
        );
      })}
    </fieldset>
  );
}
