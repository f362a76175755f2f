import { groupAround, groupLabelsAround, groupTitleOf } from './field-label';
import { normalizeLabel } from './normalize-label';
import type { FieldPart, FoundField, PartName } from './found-field';
import { wordsOf } from './label-words';

/** Labels of fields that hold one part of a date or a time (the pre-2022 form had « Heure », « Minute »). */
const PART_WORDS: Record<PartName, readonly string[]> = {
  day: ['jour', 'jj', 'day', 'dd'],
  month: ['mois', 'mm', 'month'],
  year: ['annee', 'aaaa', 'year', 'yyyy'],
  hour: ['heure', 'heures', 'hh', 'hour', 'hours'],
  minute: ['minute', 'minutes', 'min', 'mn'],
};

function partNameOf(field: FoundField): PartName | undefined {
  if (!['text', 'number', 'select'].includes(field.shape)) return undefined;
  const label = field.labels[0]?.text ?? '';
  const named = Object.entries(PART_WORDS).find(([, words]) => words.includes(label));
  if (named) return named[0] as PartName;
  // « Heure des faits » followed by « Minute » is an hour field too.
  return wordsOf(label).some((word) => PART_WORDS.hour.includes(word)) ? 'hour' : undefined;
}

function composite(fields: readonly FoundField[], names: readonly PartName[]): FoundField {
  const parts: FieldPart[] = fields.map((field, index) => ({
    name: names[index]!,
    control: field.controls[0] as HTMLInputElement | HTMLSelectElement,
  }));
  const first = fields[0]!;
  const group = groupAround(first.controls[0]!);
  const legend = groupLabelsAround(first.controls[0]!);
  const byHour = names[0] === 'hour' || legend.length === 0;
  const title = byHour ? first.title : groupTitleOf(group!);
  return {
    shape: 'parts',
    controls: parts.map((part) => part.control),
    labels: byHour ? first.labels : legend,
    hints: '',
    options: [],
    parts,
    title,
    ownLabel: normalizeLabel(title),
    context: first.context,
  };
}

function isDateSequence(names: readonly (PartName | undefined)[]): boolean {
  return ['day', 'month', 'year'].every((name) => names.includes(name as PartName));
}

/**
 * Replaces fields that hold parts of one value (day, month, year; hour, minute) by one field
 * with parts, so a date is placed as a whole. Number inputs that are not parts are dropped: a
 * number field cannot take a date or a sentence.
 */
export function joinParts(fields: readonly FoundField[]): FoundField[] {
  const joined: FoundField[] = [];
  for (let index = 0; index < fields.length; index += 1) {
    const names = fields.slice(index, index + 3).map(partNameOf);
    if (isDateSequence(names)) {
      joined.push(composite(fields.slice(index, index + 3), names as PartName[]));
      index += 2;
    } else if (names[0] === 'hour' && names[1] === 'minute') {
      joined.push(composite(fields.slice(index, index + 2), ['hour', 'minute']));
      index += 1;
    } else if (names[0] === 'hour' && fields[index]!.shape === 'select') {
      joined.push(composite([fields[index]!], ['hour']));
    } else if (fields[index]!.shape !== 'number') {
      joined.push(fields[index]!);
    }
  }
  return joined;
}
