/** An ISO instant as people read it in a report: `2026-11-22 08:00:00 UTC`. */
export function utcText(iso: string): string {
  return `${iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '')} UTC`;
}
