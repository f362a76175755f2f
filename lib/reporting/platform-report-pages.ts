/**
 * Where a platform takes notices of illegal content, for platforms whose page a public source
 * confirmed. None is confirmed yet: the report page then tells the user to use the post's own
 * "Report" button and paste the notice. Add an entry only with its source.
 */
export const PLATFORM_REPORT_PAGES: Readonly<Record<string, string>> = {};

export function platformReportPage(platform: string | undefined): string | undefined {
  return platform ? PLATFORM_REPORT_PAGES[platform] : undefined;
}
