import { endOfDay, startOfDay, startOfYear, subDays, subMonths } from 'date-fns';
import type { Period } from './metrics';

// The periods Insights offers, in the rep's local days.

export const PRESETS = ['30d', '90d', '12m', 'ytd', 'all'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Record<Preset, string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  ytd: 'This year',
  all: 'All time',
};

export function periodOf(preset: Preset, now: number): Period {
  const to = endOfDay(now).getTime();
  switch (preset) {
    case '30d':
      return { from: startOfDay(subDays(now, 29)).getTime(), to };
    case '90d':
      return { from: startOfDay(subDays(now, 89)).getTime(), to };
    case '12m':
      return { from: startOfDay(subMonths(now, 12)).getTime(), to };
    case 'ytd':
      return { from: startOfYear(now).getTime(), to };
    case 'all':
      return { from: 0, to };
  }
}
