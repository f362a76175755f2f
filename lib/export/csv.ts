/**
 * CSV (RFC 4180) for spreadsheets: cells quoted when needed, and cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab, a carriage return or a line feed,
 * or with =, +, -, @ after spaces, which some spreadsheets skip) neutralised with a leading
 * apostrophe. Post text is written by strangers: it must stay text.
 */
export function csvCell(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^(\s*[=+\-@]|[\t\r\n])/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number | undefined | null>>) {
  // A byte-order mark so that spreadsheet software reads the accents as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
