import { beforeAll, describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../main/terms/az-morphology';
import { buildTermMatcher, createSnowballMorphology, extractCandidates, type Morphology } from '../../shared/terms';
import { concept } from '../fixtures/terms/concepts';

let az: Morphology;

beforeAll(async () => {
  az = await loadAzMorphology();
});

describe('az morphology from the installed dictionaries', () => {
  it('loads once and is shared', async () => {
    expect(await loadAzMorphology()).toBe(az);
    expect(az.name).toBe('az');
  });

  it('gives dictionary forms of known words, ё folded', () => {
    expect(az.normalForms('послом')).toContain('посол');
    expect(az.normalForms('Орла')).toContain('орел');
    expect(az.normalForms('людей')).toContain('человек');
    expect(az.normalForms('Белгородской')).toContain('белгородский');
  });

  it('falls back to the stem for words the dictionary lacks, without invented lemmas', () => {
    expect(az.normalForms('Мирошника')).toEqual(['мирошник']);
  });

  it('lets the matcher bridge forms the ending rules cannot reach', () => {
    const glossary = [concept(1, 'other', 'человек'), concept(2, 'other', 'ребёнок')];
    const withAz = buildTermMatcher(glossary, { morphology: az });
    const withStems = buildTermMatcher(glossary, { morphology: createSnowballMorphology() });
    const text = 'пострадали пять человек, среди них двое детей и один ребенок, людей эвакуировали';
    expect(withAz.findInSource(text).map((m) => m.text)).toEqual(['человек', 'детей', 'ребенок', 'людей']);
    expect(withStems.findInSource(text).map((m) => m.text)).toEqual(['человек', 'ребенок']);
  });

  it('matches names and places in every case as the stems do', () => {
    const glossary = [
      concept(1, 'person', 'Родион Мирошник'),
      concept(2, 'place', 'Белгородская область'),
      concept(3, 'title', 'посол по особым поручениям'),
      concept(4, 'place', 'Орёл'),
    ];
    const m = buildTermMatcher(glossary, { morphology: az });
    const text =
      'Послу по особым поручениям Родиону Мирошнику из Белгородской области написали в Орле; орёл парил, сказал Мирошник.';
    expect(m.findInSource(text).map((x) => [x.conceptId, x.text, x.how])).toEqual([
      [3, 'Послу по особым поручениям', 'inflected'],
      [1, 'Родиону Мирошнику', 'inflected'],
      [2, 'Белгородской области', 'inflected'],
      [4, 'Орле', 'inflected'],
      [1, 'Мирошник', 'surname'],
    ]);
  });

  it('serves the candidate extractor', () => {
    const c = extractCandidates(
      [{ source: 'По словам Родиона Мирошника, в Белгородской области спокойно.', target: 'According to Rodion Miroshnik, the Belgorod region is calm.' }],
      { morphology: az },
    );
    expect(c.map((x) => [x.lemma, x.target])).toEqual(
      expect.arrayContaining([
        ['Родион Мирошник', 'Rodion Miroshnik'],
        ['Белгородская область', 'Belgorod region'],
      ]),
    );
  });
});
