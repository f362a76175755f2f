import { csvCell, csvTable } from './csv';

describe('CSV', () => {
  it.each([
    ['texte', 'texte'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+33 6 00 00 00 00', `"'+33 6 00 00 00 00"`],
    ['-1+2', `"'-1+2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['  =1+1', `"'  =1+1"`],
    ['\n@SUM(A1)', `"'\n@SUM(A1)"`],
    ['a=1', 'a=1'],
    ['a, b', '"a, b"'],
    ['il a dit "non"', '"il a dit ""non"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    [' espace', '" espace"'],
    ['', ''],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes rows with CRLF and a byte-order mark', () => {
    expect(
      csvTable([
        ['a', 1],
        ['b', undefined],
      ]),
    ).toBe('\uFEFFa,1\r\nb,\r\n');
  });
});
