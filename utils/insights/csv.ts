import { format } from '../dates';
import { csvOf } from '../io/csv-cell';
import { type Insights, SPLITS } from './metrics';

// The figures behind every chart as one long CSV (metric, split, key, value), for a spreadsheet.

export function insightsCsv(insights: Insights): string {
  const rows: (string | number | null)[][] = [['metric', 'split', 'key', 'value']];
  for (const split of SPLITS) {
    const figures = insights.bySplit[split];
    rows.push(['captured', split, '', figures.captured]);
    rows.push(['reached nurturing', split, '', figures.reachedNurturing]);
    rows.push(['discontinued at once', split, '', figures.discontinuedAtOnce]);
    for (const step of figures.conversion)
      rows.push(['conversion rate', split, `${step.from} -> ${step.to}`, step.rate === null ? null : Number(step.rate.toFixed(4))]);
    for (const row of figures.timeInStage) {
      rows.push(['days in stage, median', split, row.stage, row.medianDays]);
      rows.push(['days in stage, p90', split, row.stage, row.p90Days]);
    }
    for (const row of figures.discontinuedFrom) rows.push(['discontinued from', split, row.stage, row.count]);
    for (const row of figures.discontinuedWhy) rows.push(['discontinued why', split, row.reason, row.count]);
    rows.push(['touches to sales-ready, median', split, '', figures.toSalesReady.medianTouches]);
    rows.push(['attempts to sales-ready, median', split, '', figures.toSalesReady.medianAttempts]);
    rows.push([
      'days from capture to first touch, mean',
      split,
      '',
      figures.captureToFirstTouchDays === null ? null : Number(figures.captureToFirstTouchDays.toFixed(2)),
    ]);
    for (const week of figures.touchesPerWeek) {
      for (const [type, count] of Object.entries(week.byType))
        rows.push(['touches per week', split, `${format(week.week, 'yyyy-MM-dd')} ${type}`, count ?? 0]);
    }
    rows.push(['stale contacts', split, '', figures.stale]);
  }
  for (const row of insights.coverage) {
    for (const [role, count] of Object.entries(row.roles)) rows.push(['role coverage', 'all', `${row.account.name} / ${role}`, count]);
  }
  return csvOf(rows);
}
