import type { PartName } from './found-field';

/** Date layouts a hint may show, each with how to write a date in it. */
const DATE_LAYOUTS: readonly {
  pattern: RegExp;
  write: (parts: DateParts, separator: string) => string;
}[] = [
  {
    pattern: /\b(?:jj|dd)([/.\- ])mm\1(?:aaaa|yyyy)\b/,
    write: ({ day, month, year }, separator) => [day, month, year].join(separator),
  },
  {
    pattern: /\b(?:aaaa|yyyy)([/.\- ])mm\1(?:jj|dd)\b/,
    write: ({ day, month, year }, separator) => [year, month, day].join(separator),
  },
  {
    pattern: /\bmm([/.\- ])(?:jj|dd)\1(?:aaaa|yyyy)\b/,
    write: ({ day, month, year }, separator) => [month, day, year].join(separator),
  },
];

interface DateParts {
  day: string;
  month: string;
  year: string;
}

function dateParts(isoDate: string): DateParts {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { day, month, year };
}

/**
 * A `YYYY-MM-DD` date written as a text field's hint asks (« jj/mm/aaaa », « aaaa-mm-jj »);
 * without a hint, the French way, day first.
 */
export function dateTextFor(isoDate: string, hints: string): string {
  const parts = dateParts(isoDate);
  for (const layout of DATE_LAYOUTS) {
    const found = layout.pattern.exec(hints);
    if (found) return layout.write(parts, found[1]!);
  }
  return [parts.day, parts.month, parts.year].join('/');
}

/** An `HH:MM` time written as a text field's hint asks: « hh:mm » by default, « 14h30 » if shown so. */
export function timeTextFor(time: string, hints: string): string {
  const [hour = '', minute = ''] = time.split(':');
  return /\bhh ?h ?mm\b/.test(hints) ? `${hour}h${minute}` : `${hour}:${minute}`;
}

/** The number each part of a date or time holds, e.g. `2026-03-07` → day 7, month 3, year 2026. */
export function partNumbers(value: string): Partial<Record<PartName, number>> {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const { day, month, year } = dateParts(value);
    return { day: Number(day), month: Number(month), year: Number(year) };
  }
  const [hour, minute] = value.split(':');
  return { hour: Number(hour), minute: Number(minute) };
}

/** How a part is typed into a text field: two digits, four for the year. */
export function partText(name: PartName, number: number): string {
  return String(number).padStart(name === 'year' ? 4 : 2, '0');
}

const MONTH_NAMES = [
  ['janvier', 'january', 'janv', 'jan'],
  ['fevrier', 'february', 'fevr', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'april', 'avr', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'july', 'juil', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];

/** Whether a select option (its value or normalized text) stands for the part's number. */
export function optionMeans(name: PartName, number: number, value: string, text: string): boolean {
  if (Number.parseInt(value, 10) === number || Number.parseInt(text, 10) === number) return true;
  return name === 'month' && (MONTH_NAMES[number - 1] ?? []).includes(text.replace(/\.$/, ''));
}
