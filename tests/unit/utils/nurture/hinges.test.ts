import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { banttGaps, banttScore } from '../../../../utils/nurture/bantt';
import { type HingeInput, latestJobChange, rankHinges } from '../../../../utils/nurture/hinges';

const originalTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = originalTz;
});

const d = (iso: string) => new Date(`${iso}T10:00:00Z`).getTime();
const NOW = d('2026-11-22');

function input(fields: Partial<HingeInput> = {}, contact: Partial<HingeInput['contact']> = {}): HingeInput {
  return {
    contact: {
      fullName: 'Ana',
      stage: 'nurturing',
      sources: [],
      employment: [],
      createdAt: d('2026-01-01'),
      lastTouchAt: d('2026-11-12'),
      ...contact,
    },
    cadence: 30,
    touches: [],
    clips: [],
    stageEvents: [],
    colleagues: [],
    ...fields,
  };
}

describe('BANTT', () => {
  it('lists the gaps, least known first, each with the question that closes it', () => {
    const gaps = banttGaps({ budget: 'partial', authority: 'confirmed', need: 'weak', timing: 'unknown', trust: 'confirmed' });
    expect(gaps.map((gap) => [gap.key, gap.level])).toEqual([
      ['timing', 'unknown'],
      ['need', 'weak'],
      ['budget', 'partial'],
    ]);
    expect(gaps[0]?.question).toMatch(/priority this quarter/);
    expect(banttGaps(undefined)).toHaveLength(5);
    expect(banttGaps({ budget: 'confirmed', authority: 'confirmed', need: 'confirmed', timing: 'confirmed', trust: 'confirmed' })).toEqual(
      [],
    );
    expect([banttScore(undefined), banttScore({ budget: 'partial', need: 'confirmed' })]).toEqual([0, 5]);
  });
});

describe('rankHinges', () => {
  it('puts a fresh job change first, with its evidence', () => {
    const employment = [
      { company: 'Globex', title: 'Buyer', observedAt: d('2025-03-01'), source: 'linkedin' as const },
      { company: 'Globex', title: 'Senior buyer', observedAt: d('2025-09-01'), source: 'linkedin' as const },
      { company: 'Initech', title: 'Head of Procurement', observedAt: d('2026-11-10'), source: 'linkedin' as const },
    ];
    expect(latestJobChange(employment)?.from.title).toBe('Senior buyer');
    const [first] = rankHinges(input({}, { employment }), NOW);
    expect(first).toEqual({
      kind: 'job-change',
      title: 'New role: Head of Procurement at Initech',
      evidence: 'Moved from Globex to Initech; seen 12 days ago.',
      weight: 97,
    });
  });

  it('ignores a promotion inside the same company and a job change older than a year', () => {
    const promotion = [
      { company: 'Globex', title: 'Buyer', observedAt: d('2026-01-01'), source: 'linkedin' as const },
      { company: 'globex ', title: 'Head buyer', observedAt: d('2026-11-01'), source: 'linkedin' as const },
    ];
    const old = [
      { company: 'Globex', observedAt: d('2024-01-01'), source: 'linkedin' as const },
      { company: 'Initech', observedAt: d('2025-06-01'), source: 'linkedin' as const },
    ];
    expect(rankHinges(input({}, { employment: promotion }), NOW).some((hinge) => hinge.kind === 'job-change')).toBe(false);
    expect(rankHinges(input({}, { employment: old }), NOW).some((hinge) => hinge.kind === 'job-change')).toBe(false);
  });

  it('ranks every kind of hinge by strength, each with evidence from the data', () => {
    const hinges = rankHinges(
      input(
        {
          touches: [
            { type: 'call', direction: 'out', at: d('2026-11-12'), summary: 'Talked about the Q3 tender', outcome: 'wants a pilot' },
            { type: 'email', direction: 'out', at: d('2026-10-01') },
          ],
          clips: [
            { title: 'Procurement in 2027', siteName: 'FT', clippedAt: d('2026-11-20') },
            { title: 'Old news', clippedAt: d('2026-05-01') },
            { title: 'Shared already', clippedAt: d('2026-11-21'), sharedAt: d('2026-11-21') },
          ],
          stageEvents: [
            { to: 'new', at: d('2025-01-10') },
            { to: 'opportunity', at: d('2025-06-01') },
            { to: 'recycled', at: d('2026-01-05'), reason: 'budget frozen' },
          ],
          colleagues: [{ fullName: 'Wei Zhang', roles: ['decision-maker'], sources: ['past-colleague'] }],
        },
        {
          sources: ['referral'],
          bantt: { budget: 'weak', authority: 'confirmed', need: 'confirmed', timing: 'confirmed', trust: 'confirmed' },
        },
      ),
      NOW,
    );
    expect(hinges.map((hinge) => [hinge.kind, hinge.evidence])).toEqual([
      ['clip', 'Clipped 2 days ago from FT, not shared yet.'],
      ['lost-deal', 'Opportunity ended on 5 Jan 2026 (budget frozen); 10 months ago.'],
      ['shared-connection', 'Relationship source: referral.'],
      ['shared-connection', 'At the same company you keep Wei Zhang (past-colleague).'],
      ['last-topic', 'call 10 days ago: “Talked about the Q3 tender; outcome: wants a pilot”.'],
      ['bantt-gap', 'Budget is weak: “How is money for this usually found, and who holds that budget?”'],
      ['time-since', '10 days since the last touch; cadence 30.'],
    ]);
  });

  it('says when a contact is overdue, and weighs it by how overdue', () => {
    const [only] = rankHinges(
      input(
        {},
        {
          lastTouchAt: d('2026-09-01'),
          bantt: { budget: 'confirmed', authority: 'confirmed', need: 'confirmed', timing: 'confirmed', trust: 'confirmed' },
        },
      ),
      NOW,
    );
    expect(only).toEqual({
      kind: 'time-since',
      title: 'Overdue for a touch',
      evidence: '82 days since the last touch; cadence 30.',
      weight: 62,
    });
  });
});
