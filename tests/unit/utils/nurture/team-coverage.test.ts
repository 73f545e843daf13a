import { describe, expect, it } from 'vitest';
import { teamCoverage } from '../../../../utils/nurture/team-coverage';

describe('teamCoverage', () => {
  it('names who covers each role: the CRM owner, or the rep when the person is kept only in Tend', () => {
    const coverage = teamCoverage([
      { id: 'a', fullName: 'Ana Castillo', roles: ['decision-maker'], crmOwner: 'J. Berg' },
      { id: 'b', fullName: 'Bo Li', roles: ['decision-maker', 'access'] },
      { id: 'c', fullName: 'Cy Park', roles: [] },
    ]);
    expect(coverage.map(({ role, people }) => [role, people.map(({ person, coveredBy }) => [person.fullName, coveredBy])])).toEqual([
      [
        'decision-maker',
        [
          ['Ana Castillo', { kind: 'owner', name: 'J. Berg' }],
          ['Bo Li', { kind: 'rep' }],
        ],
      ],
      ['access', [['Bo Li', { kind: 'rep' }]]],
    ]);
  });
});
