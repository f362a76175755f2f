import { dateTextFor, optionMeans, partNumbers, timeTextFor } from './field-formats';

describe('dateTextFor', () => {
  it.each([
    ['format attendu : jj/mm/aaaa', '20/11/2026'],
    ['jj-mm-aaaa', '20-11-2026'],
    ['jj.mm.aaaa', '20.11.2026'],
    ['dd/mm/yyyy', '20/11/2026'],
    ['aaaa-mm-jj', '2026-11-20'],
    ['mm/dd/yyyy', '11/20/2026'],
    ['', '20/11/2026'],
  ])('writes for a hint %j', (hints, expected) => {
    expect(dateTextFor('2026-11-20', hints)).toBe(expected);
  });
});

describe('timeTextFor', () => {
  it.each([
    ['format attendu : hh:mm', '08:05'],
    ['hh h mm', '08h05'],
    ['', '08:05'],
  ])('writes for a hint %j', (hints, expected) => {
    expect(timeTextFor('08:05', hints)).toBe(expected);
  });
});

describe('partNumbers', () => {
  it.each([
    ['2026-03-07', { day: 7, month: 3, year: 2026 }],
    ['08:05', { hour: 8, minute: 5 }],
  ])('splits %s', (value, expected) => {
    expect(partNumbers(value)).toEqual(expected);
  });
});

describe('optionMeans', () => {
  it.each([
    ['month', 3, '03', 'mars', true],
    ['month', 3, '', 'mars', true],
    ['month', 2, 'f', 'fevr.', true],
    ['month', 3, 'x', 'avril', false],
    ['hour', 8, '8', '8 h', true],
    ['minute', 5, '05', '05', true],
    ['day', 7, '', 'choisir', false],
  ] as const)('%s %i: value %j, text %j → %s', (name, number, value, text, expected) => {
    expect(optionMeans(name, number, value, text)).toBe(expected);
  });
});
