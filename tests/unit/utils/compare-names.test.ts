import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../utils/compare-names';

describe('names in order', () => {
  it('orders exactly as localeCompare does, accents and case included', () => {
    const names = [
      'Zoë Abbott',
      'zoe abbott',
      'Émile Zola',
      'Emile Zola',
      'Ørsted Ida',
      'Ana',
      'ana',
      'Åsa Berg',
      'Ängel',
      'Chloé',
      'chloe',
      'Søren',
      '',
      'Łukasz',
    ];
    const ours = [...names].sort(compareNames);
    const theirs = [...names].sort((a, b) => a.localeCompare(b));
    expect(ours).toEqual(theirs);
    expect(ours[0]).toBe('');
  });
});
