import { format } from '../../utils/dates';
import { TOUCH_TYPES, type TouchType } from '../../utils/model/vocabulary';
import { TOUCH_LABELS } from '../labels';
import { Legend } from './GroupedBars';
import './charts.css';

// Touches per week as stacked columns, one colour per touch type, in plain SVG.

const WIDTH = 320;
const HEIGHT = 120;
const AXIS = 14;

export function WeeklyColumns({
  title,
  weeks,
}: {
  title: string;
  weeks: { week: number; byType: Partial<Record<TouchType, number>>; total: number }[];
}) {
  const types = TOUCH_TYPES.filter((type) => weeks.some((week) => (week.byType[type] ?? 0) > 0));
  const max = Math.max(1, ...weeks.map((week) => week.total));
  const slot = weeks.length > 0 ? WIDTH / weeks.length : WIDTH;
  const column = Math.max(1, slot * 0.75);
  const total = weeks.reduce((sum, week) => sum + week.total, 0);
  return (
    <figure className="chart">
      <figcaption>
        {title} <span className="muted">({total} in all)</span>
      </figcaption>
      <Legend series={types.map((type) => ({ key: `type-${TOUCH_TYPES.indexOf(type)}`, label: TOUCH_LABELS[type] }))} />
      {weeks.length === 0 ? (
        <p className="muted">No touches in this period.</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
          width="100%"
          role="img"
          aria-label={`${title}: ${weeks.map((week) => `week of ${format(week.week, 'd MMM')}: ${week.total}`).join(', ')}`}
        >
          {weeks.map((week, index) => {
            let y = HEIGHT;
            return (
              <g key={week.week} transform={`translate(${index * slot} 0)`}>
                <title>{`Week of ${format(week.week, 'd MMM yyyy')}: ${week.total}`}</title>
                {types.map((type) => {
                  const count = week.byType[type] ?? 0;
                  if (count === 0) return null;
                  const height = (count / max) * (HEIGHT - 4);
                  y -= height;
                  return (
                    <rect
                      key={type}
                      x={0}
                      y={y}
                      width={column}
                      height={height}
                      className={`bar series-type-${TOUCH_TYPES.indexOf(type)}`}
                    />
                  );
                })}
              </g>
            );
          })}
          <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="axis" />
          <text x={0} y={HEIGHT + AXIS - 2} className="chart-value">
            {format(weeks[0]?.week ?? 0, 'd MMM')}
          </text>
          <text x={WIDTH} y={HEIGHT + AXIS - 2} className="chart-value" textAnchor="end">
            {format(weeks[weeks.length - 1]?.week ?? 0, 'd MMM')}
          </text>
          <text x={WIDTH} y={10} className="chart-value" textAnchor="end">
            max {max}/week
          </text>
        </svg>
      )}
    </figure>
  );
}
