/**
 * Where a platform takes notices of illegal content (DSA art. 16), only where a public source
 * confirmed the page; for the others the report page says to use the post's own "Report"
 * button and paste the notice. Never add an address without its source.
 */
export const PLATFORM_REPORT_PAGES: Readonly<Partial<Record<string, string>>> = {
  // TikTok's "Reporting Illegal Content" page, on how EU users report illegal content.
  tiktok: 'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en',
  // Bluesky's "Global Regulatory Compliance Reporting Process", which covers DSA reports.
  bluesky: 'https://bsky.social/about/support/regulatory-compliance-report',
  // Telegram's "User guidance for the EU Digital Services Act" (telegram.org/tos/eu-dsa),
  // section "How to report illegal content", links this page.
  telegram: 'https://telegram.org/dsa-report',
};

export function platformReportPage(platform: string | undefined): string | undefined {
  return platform && Object.hasOwn(PLATFORM_REPORT_PAGES, platform)
    ? PLATFORM_REPORT_PAGES[platform]
    : undefined;
}
