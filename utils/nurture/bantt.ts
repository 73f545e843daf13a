import type { Bantt } from '../model/contact';
import type { BanttLevel } from '../model/vocabulary';

// BANTT: Budget, Authority, Need, Timing, Trust, each unknown / weak / partial / confirmed. Optional
// at every stage: a gap is a question to ask, not a blocker.

export type BanttKey = keyof Bantt;

export const BANTT_ORDER: readonly BanttKey[] = ['budget', 'authority', 'need', 'timing', 'trust'];

export const BANTT_LABELS: Record<BanttKey, string> = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timing: 'Timing',
  trust: 'Trust',
};

/** A question that moves each element toward confirmed. */
export const BANTT_QUESTIONS: Record<BanttKey, string> = {
  budget: 'How is money for this usually found, and who holds that budget?',
  authority: 'Besides you, who will weigh in on a decision like this?',
  need: 'What happens if nothing changes this year?',
  timing: 'What would make this a priority this quarter rather than next year?',
  trust: 'What would you need to see from us to feel confident?',
};

const LEVEL_RANK: Record<BanttLevel, number> = { unknown: 0, weak: 1, partial: 2, confirmed: 3 };

export interface BanttGap {
  key: BanttKey;
  level: BanttLevel;
  question: string;
}

/** Every element not yet confirmed, the least known first, each with the question that closes it. */
export function banttGaps(bantt: Partial<Bantt> | undefined): BanttGap[] {
  return BANTT_ORDER.map((key) => ({ key, level: bantt?.[key] ?? 'unknown', question: BANTT_QUESTIONS[key] }))
    .filter((gap) => gap.level !== 'confirmed')
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || BANTT_ORDER.indexOf(a.key) - BANTT_ORDER.indexOf(b.key));
}

/** How far qualification has come: 0 (nothing known) to 15 (all confirmed). */
export function banttScore(bantt: Partial<Bantt> | undefined): number {
  return BANTT_ORDER.reduce((sum, key) => sum + LEVEL_RANK[bantt?.[key] ?? 'unknown'], 0);
}
