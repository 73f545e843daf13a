import { endOfDay, startOfDay } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { loadInsights } from '../../storage/insights';
import { format } from '../../utils/dates';
import { insightsCsv } from '../../utils/insights/csv';
import { type Figures, type Insights, type Period, SPLITS, type Split } from '../../utils/insights/metrics';
import { PRESET_LABELS, PRESETS, type Preset, periodOf } from '../../utils/insights/period';
import { CoverageGrid } from '../charts/CoverageGrid';
import { type BarRow, GroupedBars } from '../charts/GroupedBars';
import { WeeklyColumns } from '../charts/WeeklyColumns';
import { downloadFile } from '../download';
import { EmptyState } from '../EmptyState';
import { STAGE_LABELS } from '../labels';
import { useNow } from '../useNow';

const SERIES = [
  { key: 'sales', label: 'Sales-generated' },
  { key: 'marketing', label: 'Marketing-generated' },
  { key: 'all', label: 'All origins' },
];
const ORDER: Split[] = ['sales', 'marketing', 'all'];
const DAY_INPUT = 'yyyy-MM-dd';

/** One row per figure, its value for each series in SERIES order. */
function row(label: string, insights: Insights, pick: (figures: Figures) => number | null, text?: (figures: Figures) => string): BarRow {
  const figures = ORDER.map((split) => insights.bySplit[split]);
  return { label, values: figures.map(pick), ...(text ? { texts: figures.map(text) } : {}) };
}

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

export function InsightsView() {
  const id = useId();
  const now = useNow();
  const [preset, setPreset] = useState<Preset | 'custom'>('90d');
  const [custom, setCustom] = useState(() => ({ from: format(now - 30 * 86_400_000, DAY_INPUT), to: format(now, DAY_INPUT) }));
  const period: Period | null = useMemo(() => {
    if (preset !== 'custom') return periodOf(preset, now);
    const from = startOfDay(new Date(`${custom.from}T00:00`)).getTime();
    const to = endOfDay(new Date(`${custom.to}T00:00`)).getTime();
    return Number.isNaN(from) || Number.isNaN(to) || from > to ? null : { from, to };
  }, [preset, custom, now]);
  const insights = useLiveQuery(() => (period ? loadInsights(period, now) : Promise.resolve(null)), [period?.from, period?.to, now]);

  const download = () => {
    if (!insights || !period) return;
    downloadFile(
      `tend-insights-${format(period.from, DAY_INPUT)}-to-${format(period.to, DAY_INPUT)}.csv`,
      insightsCsv(insights),
      'text/csv;charset=utf-8',
    );
  };

  return (
    <section aria-labelledby="insights-heading" className="insights">
      <div className="view-head">
        <h1 id="insights-heading">Insights</h1>
        <button type="button" className="button small" onClick={download} disabled={!insights}>
          Download CSV
        </button>
      </div>
      <div className="pair">
        <label className="field" htmlFor={`${id}-period`}>
          <span>Period</span>
          <select id={`${id}-period`} value={preset} onChange={(event) => setPreset(event.target.value as Preset | 'custom')}>
            {PRESETS.map((value) => (
              <option key={value} value={value}>
                {PRESET_LABELS[value]}
              </option>
            ))}
            <option value="custom">Between dates…</option>
          </select>
        </label>
      </div>
      {preset === 'custom' ? (
        <div className="pair">
          <label className="field" htmlFor={`${id}-from`}>
            <span>From</span>
            <input
              id={`${id}-from`}
              type="date"
              value={custom.from}
              onChange={(event) => setCustom({ ...custom, from: event.target.value })}
            />
          </label>
          <label className="field" htmlFor={`${id}-to`}>
            <span>To</span>
            <input id={`${id}-to`} type="date" value={custom.to} onChange={(event) => setCustom({ ...custom, to: event.target.value })} />
          </label>
        </div>
      ) : null}
      {period === null ? (
        <p className="error" role="alert">
          Pick a start day on or before the end day.
        </p>
      ) : null}
      {insights ? <Charts insights={insights} /> : null}
    </section>
  );
}

function Charts({ insights }: { insights: Insights }) {
  const all = insights.bySplit.all;
  if (all.captured === 0 && all.touchesPerWeek.length === 0 && all.stale === 0 && insights.coverage.length === 0) {
    return (
      <EmptyState title="Nothing in this period">
        <p>Keep contacts and log touches; how they move through the stages shows up here. Try a longer period.</p>
      </EmptyState>
    );
  }
  const reasons = [
    ...new Map([
      ...SPLITS.flatMap((split) =>
        insights.bySplit[split].discontinuedWhy.map((entry) => [entry.reason.toLowerCase(), entry.reason] as const),
      ),
    ]).entries(),
  ];
  const fromStages = [...new Set(SPLITS.flatMap((split) => insights.bySplit[split].discontinuedFrom.map((entry) => entry.stage)))];
  return (
    <>
      <GroupedBars
        title="Captured, reached nurturing, discontinued at once"
        series={SERIES}
        rows={[
          row('Captured in the period', insights, (figures) => figures.captured),
          row('Reached nurturing', insights, (figures) => figures.reachedNurturing),
          row('Discontinued at once', insights, (figures) => figures.discontinuedAtOnce),
        ]}
      />
      <GroupedBars
        title="Conversion to the next stage"
        series={SERIES}
        unit="%"
        rows={all.conversion.map((step, index) =>
          row(
            `${STAGE_LABELS[step.from]} → ${STAGE_LABELS[step.to]}`,
            insights,
            (figures) => percent(figures.conversion[index]?.rate ?? null),
            (figures) => {
              const of = figures.conversion[index];
              return of && of.rate !== null ? `${percent(of.rate)}% (${of.wentOn}/${of.reached})` : '–';
            },
          ),
        )}
      />
      <GroupedBars
        title="Days in each stage before moving on (median; 90th percentile)"
        series={SERIES}
        rows={all.timeInStage.map((stay, index) =>
          row(
            STAGE_LABELS[stay.stage],
            insights,
            (figures) => figures.timeInStage[index]?.medianDays ?? null,
            (figures) => {
              const of = figures.timeInStage[index];
              return of && of.medianDays !== null ? `${of.medianDays.toFixed(1)} d; p90 ${(of.p90Days ?? 0).toFixed(1)} d` : '–';
            },
          ),
        )}
      />
      <GroupedBars
        title="Why contacts were discontinued"
        series={SERIES}
        rows={reasons.map(([key, label]) =>
          row(label, insights, (figures) => figures.discontinuedWhy.find((entry) => entry.reason.toLowerCase() === key)?.count ?? 0),
        )}
      />
      <GroupedBars
        title="Discontinued from which stage"
        series={SERIES}
        rows={fromStages.map((stage) =>
          row(
            stage === 'unknown' ? 'Unknown' : STAGE_LABELS[stage],
            insights,
            (figures) => figures.discontinuedFrom.find((entry) => entry.stage === stage)?.count ?? 0,
          ),
        )}
      />
      <GroupedBars
        title="What it took to reach sales-ready (median)"
        series={SERIES}
        rows={[
          row('Touches', insights, (figures) => figures.toSalesReady.medianTouches),
          row('Of which attempts (no answer)', insights, (figures) => figures.toSalesReady.medianAttempts),
          row('Contacts who got there', insights, (figures) => figures.toSalesReady.contacts),
        ]}
      />
      <GroupedBars
        title="From capture to first touch (average)"
        series={SERIES}
        unit=" d"
        rows={[
          row('Days', insights, (figures) =>
            figures.captureToFirstTouchDays === null ? null : Math.round(figures.captureToFirstTouchDays * 10) / 10,
          ),
        ]}
      />
      <GroupedBars
        title="Gone stale now (cadence ran out)"
        series={SERIES}
        rows={[row('Contacts', insights, (figures) => figures.stale)]}
      />
      <div className="small-multiples">
        <WeeklyColumns title="Touches per week, sales-generated" weeks={insights.bySplit.sales.touchesPerWeek} />
        <WeeklyColumns title="Touches per week, marketing-generated" weeks={insights.bySplit.marketing.touchesPerWeek} />
        <WeeklyColumns title="Touches per week, all origins" weeks={all.touchesPerWeek} />
      </div>
      <CoverageGrid coverage={insights.coverage} />
    </>
  );
}
