// @vitest-environment happy-dom
import { render } from 'preact';
import { translator } from '../../../lib/i18n/translate';
import { captureStatistics } from '../../../lib/library/statistics';
import { StatisticsView } from './StatisticsView';

const t = translator('fr');

function draw(statistics: ReturnType<typeof captureStatistics>) {
  const root = document.createElement('div');
  render(
    <StatisticsView
      statistics={statistics}
      t={t}
      locale="fr"
      label={(_, key) => key.toUpperCase()}
    />,
    root,
  );
  return root;
}

describe('StatisticsView', () => {
  it('draws bars in proportion to the counts, and the same numbers in a table', () => {
    const capture = (platform: string, capturedAt: string) => ({
      platform,
      capturedAt,
      reportedTo: [],
      trashed: false,
    });
    const root = draw(
      captureStatistics([
        capture('x', '2026-01-10T10:00:00Z'),
        capture('x', '2026-01-11T10:00:00Z'),
        capture('x', '2026-03-11T10:00:00Z'),
        capture('twitch', '2026-03-12T10:00:00Z'),
      ]),
    );
    const chart = root.querySelector('figure[aria-labelledby="stats-platform-title"]')!;
    const width = (key: string) =>
      Number(chart.querySelector(`[data-key="${key}"] rect`)!.getAttribute('width'));
    expect(width('x') / width('twitch')).toBeCloseTo(3, 5);
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Par plateforme. X\u00a0: 3, TWITCH\u00a0: 1',
    );
    const rows = [...chart.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows).toEqual(['X3', 'TWITCH1']);
    // Months: January, an empty February, March.
    const months = root.querySelectorAll('figure[aria-labelledby="stats-month-title"] tbody tr');
    expect([...months].map((row) => row.lastElementChild!.textContent)).toEqual(['2', '0', '2']);
    expect(root.textContent).toContain('Pas encore signalées');
  });

  it('says there is nothing to count', () => {
    expect(draw(captureStatistics([])).textContent).toBe(t('stats.empty'));
  });
});
