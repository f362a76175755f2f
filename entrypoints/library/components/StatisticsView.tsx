import { dateTimeFormat, type Locale, type Translate } from '../../../lib/i18n/translate';
import type { Bucket, CaptureStatistics } from '../../../lib/library/statistics';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 180;
const CHART_WIDTH = 560;

/**
 * Counts of the captures shown, by category, platform, channel and month, as bar charts. Each
 * chart is a picture with a summary for screen readers, and the same numbers as a table.
 */
export function StatisticsView({
  statistics,
  t,
  locale,
  label,
}: {
  statistics: CaptureStatistics;
  t: Translate;
  locale: Locale;
  /** A bucket's name for people, per chart. */
  label: (chart: 'category' | 'platform' | 'channel', key: string) => string;
}) {
  if (statistics.total === 0) return <p class="notice">{t('stats.empty')}</p>;
  const month = dateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthName = (key: string) => month.format(new Date(`${key}-15T00:00:00Z`));
  return (
    <div class="stack statistics">
      <p>{t('stats.total', { count: statistics.total })}</p>
      <BarChart
        id="stats-category"
        title={t('stats.byCategory')}
        buckets={statistics.byCategory}
        name={(key) => (key === 'none' ? t('stats.noCategory') : label('category', key))}
        t={t}
      />
      <BarChart
        id="stats-platform"
        title={t('stats.byPlatform')}
        buckets={statistics.byPlatform}
        name={(key) => label('platform', key)}
        t={t}
      />
      <BarChart
        id="stats-channel"
        title={t('stats.byChannel')}
        buckets={statistics.byChannel}
        name={(key) => (key === 'none' ? t('stats.notReported') : label('channel', key))}
        t={t}
      />
      <MonthChart buckets={statistics.byMonth} name={monthName} t={t} />
    </div>
  );
}

function summary(buckets: Bucket[], name: (key: string) => string, t: Translate): string {
  return buckets
    .map((bucket) => t('stats.item', { name: name(bucket.key), count: bucket.count }))
    .join(', ');
}

function NumbersTable({
  buckets,
  name,
  t,
}: {
  buckets: Bucket[];
  name: (key: string) => string;
  t: Translate;
}) {
  return (
    <table class="visually-hidden">
      <thead>
        <tr>
          <th scope="col">{t('stats.what')}</th>
          <th scope="col">{t('stats.count')}</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((bucket) => (
          <tr key={bucket.key}>
            <th scope="row">{name(bucket.key)}</th>
            <td>{bucket.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BarChart({
  id,
  title,
  buckets,
  name,
  t,
}: {
  id: string;
  title: string;
  buckets: Bucket[];
  name: (key: string) => string;
  t: Translate;
}) {
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const room = CHART_WIDTH - LABEL_WIDTH - 50;
  const height = buckets.length * BAR_HEIGHT;
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h2>{title}</h2>
      </figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary(buckets, name, t)}`}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: `${CHART_WIDTH}px` }}
      >
        {buckets.map((bucket, index) => {
          const y = index * BAR_HEIGHT;
          const width = (bucket.count / max) * room;
          return (
            <g key={bucket.key} data-key={bucket.key}>
              <text x={LABEL_WIDTH - 8} y={y + 15} text-anchor="end" class="chart-label">
                {truncate(name(bucket.key), 28)}
              </text>
              <rect
                class="chart-bar"
                x={LABEL_WIDTH}
                y={y + 3}
                width={Math.max(width, bucket.count ? 2 : 0)}
                height={BAR_HEIGHT - 6}
                rx={3}
              />
              <text x={LABEL_WIDTH + width + 6} y={y + 15} class="chart-value">
                {bucket.count}
              </text>
            </g>
          );
        })}
      </svg>
      <NumbersTable buckets={buckets} name={name} t={t} />
    </figure>
  );
}

function MonthChart({
  buckets,
  name,
  t,
}: {
  buckets: Bucket[];
  name: (key: string) => string;
  t: Translate;
}) {
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const step = Math.max(14, Math.min(48, CHART_WIDTH / Math.max(1, buckets.length)));
  const width = step * buckets.length;
  const plot = 140;
  const every = Math.ceil(buckets.length / 12);
  return (
    <figure class="chart" aria-labelledby="stats-month-title">
      <figcaption id="stats-month-title">
        <h2>{t('stats.byMonth')}</h2>
      </figcaption>
      <svg
        role="img"
        aria-label={`${t('stats.byMonth')}. ${summary(buckets, name, t)}`}
        viewBox={`0 0 ${Math.max(width, 120)} ${plot + 34}`}
        width={Math.max(width, 120)}
        height={plot + 34}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        {buckets.map((bucket, index) => {
          const height = (bucket.count / max) * plot;
          const x = index * step;
          return (
            <g key={bucket.key} data-key={bucket.key}>
              <rect
                class="chart-bar"
                x={x + 2}
                y={plot - height + 14}
                width={step - 4}
                height={height}
                rx={2}
              />
              {bucket.count > 0 && (
                <text
                  x={x + step / 2}
                  y={plot - height + 10}
                  text-anchor="middle"
                  class="chart-value"
                >
                  {bucket.count}
                </text>
              )}
              {index % every === 0 && (
                <text x={x + step / 2} y={plot + 30} text-anchor="middle" class="chart-label">
                  {name(bucket.key)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <NumbersTable buckets={buckets} name={name} t={t} />
    </figure>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
