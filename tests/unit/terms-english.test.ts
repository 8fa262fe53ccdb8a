import { describe, expect, it } from 'vitest';
import { buildTermMatcher, createSnowballMorphology, findEnglish } from '../../shared/terms';

const texts = (text: string, phrase: string, caseSensitive?: boolean) =>
  findEnglish(text, phrase, caseSensitive).map((m) => m.text);

describe('English renderings in the target', () => {
  it('accepts possessives with straight and curly apostrophes', () => {
    expect(texts("Kyiv's forces and Kyiv’s allies", 'Kyiv')).toEqual(["Kyiv's", 'Kyiv’s']);
    expect(texts('the Belgorod region’s governor', 'Belgorod region')).toEqual(['Belgorod region’s']);
  });

  it('accepts plurals, with and without a possessive', () => {
    expect(texts('two regions and the regions’ budgets', 'region')).toEqual(['regions', 'regions’']);
    expect(texts('three cities', 'city')).toEqual(['cities']);
    expect(texts('the Armed Forces’ losses', 'Armed Forces')).toEqual(['Armed Forces’']);
  });

  it('matches whole words only', () => {
    expect(texts('Kievan Rus and Kiev itself', 'Kiev')).toEqual(['Kiev']);
    expect(texts('pre-Kiev talks', 'Kiev')).toEqual(['Kiev']);
    expect(texts('Kievskaya station', 'Kiev')).toEqual([]);
    expect(texts('UNESCO', 'UN')).toEqual([]);
  });

  it('ignores case unless asked, and reports offsets', () => {
    const text = 'The Ambassador-at-Large said';
    const [hit] = findEnglish(text, 'ambassador-at-large');
    expect(text.slice(hit.start, hit.end)).toBe('Ambassador-at-Large');
    expect(texts(text, 'ambassador-at-large', true)).toEqual([]);
    expect(texts('US and us', 'US', true)).toEqual(['US']);
  });

  it('treats a hyphen and a space between words alike, and apostrophes inside the phrase', () => {
    expect(texts('an ambassador at large', 'ambassador-at-large')).toEqual(['ambassador at large']);
    expect(texts('Lugansk People’s Republic', "Lugansk People's Republic")).toEqual(['Lugansk People’s Republic']);
  });

  it('is reachable from the matcher', () => {
    const m = buildTermMatcher([], { morphology: createSnowballMorphology() });
    expect(m.findInTarget("in Kyiv's suburbs", 'Kyiv').map((x) => x.text)).toEqual(["Kyiv's"]);
    expect(m.findInTarget('in KYIV', 'Kyiv', true)).toEqual([]);
  });
});
