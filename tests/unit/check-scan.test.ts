import { describe, expect, it } from 'vitest';
import { allMatches } from '../../shared/checks/scan';

describe('allMatches', () => {
  it('returns every match with its index and leaves the pattern reset', () => {
    const pattern = /\p{Script=Cyrillic}+/gu;
    const found = allMatches(pattern, 'The ВСУ and Будапешт');
    expect(found.map((m) => [m.index, m[0]])).toEqual([
      [4, 'ВСУ'],
      [12, 'Будапешт'],
    ]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('steps over empty matches instead of looping', () => {
    expect(allMatches(/x*/g, 'ab')).toHaveLength(3);
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(/global/);
  });
});
