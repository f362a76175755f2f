import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * Every axe rule that applies (WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices),
 * with the WCAG 2.2 target size rule that axe leaves off by default turned on.
 */
function builder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
}

/**
 * The page's axe violations in both colour schemes, one line each: the scheme, the rule, its
 * impact, the element and what is wrong with it, so a failure reads without a debugger.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const lines: string[] = [];
  for (const scheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await builder(page).analyze();
    for (const violation of violations) {
      for (const node of violation.nodes) {
        const summary = (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').trim();
        lines.push(
          `[${scheme}] ${violation.id} (${violation.impact ?? 'unknown'}) ${node.target.join(' ')}: ${summary}`,
        );
      }
    }
  }
  await page.emulateMedia({ colorScheme: null });
  return lines;
}
