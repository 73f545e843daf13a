import { describe, expect, it } from 'vitest';
import { accountCoverage, seniorityOf } from '../../../../utils/nurture/coverage';

describe('account coverage', () => {
  it('reads seniority from titles in common words and languages', () => {
    expect(
      ['CFO', 'Chief Revenue Officer', 'VP Sales', 'Co-Founder & CEO', 'Geschäftsführer', 'Managing Director EMEA'].map(seniorityOf),
    ).toEqual(Array(6).fill('executive'));
    expect(['Head of Procurement', 'IT Director', 'Category Manager', 'Leiterin Einkauf', 'Responsable achats'].map(seniorityOf)).toEqual(
      Array(5).fill('management'),
    );
    expect(['Buyer', 'Analyst', 'Software Engineer', 'Sales Co-ordinator'].map(seniorityOf)).toEqual(['staff', 'staff', 'staff', 'staff']);
    expect([undefined, '  '].map(seniorityOf)).toEqual(['unknown', 'unknown']);
  });

  it('groups the people kept by seniority and names the gaps', () => {
    const people = [
      { id: '1', fullName: 'Ana', title: 'Head of Procurement', roles: ['influencer' as const] },
      { id: '2', fullName: 'Bo', title: 'Buyer', roles: ['future-buyer' as const] },
      { id: '3', fullName: 'Cy', roles: [] },
    ];
    const coverage = accountCoverage('Acme', people);
    expect(
      Object.fromEntries(Object.entries(coverage.bySeniority).map(([level, list]) => [level, list.map((person) => person.fullName)])),
    ).toEqual({
      executive: [],
      management: ['Ana'],
      staff: ['Bo'],
      unknown: ['Cy'],
    });
    expect(coverage.gaps).toEqual([
      'No decision-maker kept at Acme',
      'No one to open doors (access) at Acme',
      'No one at executive level kept at Acme',
    ]);
    expect(accountCoverage('Acme', []).gaps).toEqual(['No one kept at Acme yet']);
  });
});
