import './charts.css';

// Horizontal grouped bars in plain SVG: one row per category, one bar per series (all, sales,
// marketing), the value written beside each bar. Horizontal so labels stay readable in a narrow
// panel; colours come from CSS variables so dark mode follows.

export interface BarSeries {
  key: string;
  label: string;
}

export interface BarRow {
  label: string;
  values: (number | null)[];
  /** What to write beside a bar; defaults to the value. */
  texts?: string[];
}

const BAR = 12;
const GAP = 3;
const LABEL = 16;
const ROW_GAP = 10;
const WIDTH = 320;
/** Roughly the width of one character of the value text, to leave room for the longest. */
const CHAR = 5.6;

export function GroupedBars({ title, series, rows, unit = '' }: { title: string; series: BarSeries[]; rows: BarRow[]; unit?: string }) {
  const max = Math.max(0, ...rows.flatMap((row) => row.values.map((value) => value ?? 0)));
  const rowHeight = LABEL + series.length * (BAR + GAP) + ROW_GAP;
  const height = rows.length * rowHeight;
  const longest = Math.max(4, ...rows.flatMap((row) => row.values.map((value, s) => (row.texts?.[s] ?? `${value ?? '–'}${unit}`).length)));
  const room = Math.min(WIDTH / 2, 8 + longest * CHAR);
  const scale = (value: number) => (max === 0 ? 0 : (value / max) * (WIDTH - room));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <Legend series={series} />
      {rows.length === 0 ? (
        <p className="muted">No data for this period.</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={spoken(title, series, rows, unit)}>
          {rows.map((row, r) => {
            const top = r * rowHeight;
            return (
              <g key={row.label} transform={`translate(0 ${top})`}>
                <text x={0} y={12} className="chart-label">
                  {row.label}
                </text>
                {series.map((one, s) => {
                  const value = row.values[s] ?? null;
                  const y = LABEL + s * (BAR + GAP);
                  const width = value === null ? 0 : Math.max(value > 0 ? 2 : 0, scale(value));
                  return (
                    <g key={one.key}>
                      <rect x={0} y={y} width={width} height={BAR} rx={2} className={`bar series-${one.key}`} />
                      <text x={width + 4} y={y + BAR - 2} className="chart-value">
                        {row.texts?.[s] ?? (value === null ? '–' : `${formatNumber(value)}${unit}`)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

export function Legend({ series }: { series: { key: string; label: string }[] }) {
  return (
    <ul className="legend" aria-hidden="true">
      {series.map((one) => (
        <li key={one.key}>
          <span className={`swatch series-${one.key}`} />
          {one.label}
        </li>
      ))}
    </ul>
  );
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The chart said in words, for screen readers. */
function spoken(title: string, series: BarSeries[], rows: BarRow[], unit: string): string {
  const parts = rows.map(
    (row) =>
      `${row.label}: ${series.map((one, s) => `${one.label} ${row.texts?.[s] ?? (row.values[s] === null ? 'unknown' : `${formatNumber(row.values[s] ?? 0)}${unit}`)}`).join(', ')}`,
  );
  return `${title}. ${parts.join('; ')}`;
}
