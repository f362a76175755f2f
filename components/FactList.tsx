import { Fragment, type ComponentChildren } from 'preact';

export type Fact = [label: string, value: ComponentChildren];

/** A definition list of facts; facts without a value are left out, not shown empty. */
export function FactList({ facts, section }: { facts: Fact[]; section?: string }) {
  return (
    <dl class="facts" data-section={section}>
      {facts
        .filter(
          ([, value]) => value !== undefined && value !== null && value !== '' && value !== false,
        )
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
