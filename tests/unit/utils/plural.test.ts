import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../../utils/plural';

describe('formatCount', () => {
  it.each([0, 1, 7, 999, 1_000, 12_345, 50_000, 100_000, 1_234_567, 200_000_000, -5, -1_000, -123_456, 2.5, 999.5, 1_234.5])(
    'writes %d as toLocaleString("en") does',
    (count) => {
      expect(formatCount(count)).toBe(count.toLocaleString('en'));
    },
  );
});

describe('plural', () => {
  it('words a count with its noun', () => {
    expect(plural(1, 'touch', 'touches')).toBe('1 touch');
    expect(plural(2, 'touch', 'touches')).toBe('2 touches');
    expect(plural(50_000, 'contact')).toBe('50,000 contacts');
    expect(plural(0, 'day')).toBe('0 days');
  });
});
