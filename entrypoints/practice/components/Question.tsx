/** One question as radio buttons in a fieldset whose legend is the question. */
export function Question<Value extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  choices: ReadonlyArray<{ value: Value; label: string }>;
  value: Value | undefined;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset class="question" data-question={name}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `practice-${name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={`practice-${name}`}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
