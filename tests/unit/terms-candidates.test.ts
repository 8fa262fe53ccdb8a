import { describe, expect, it } from 'vitest';
import { buildTermMatcher, createSnowballMorphology, extractCandidates, type Candidate } from '../../shared/terms';
import { concept } from '../fixtures/terms/concepts';

const morphology = createSnowballMorphology();

// A short article written for these tests, with a translation in the style of machine output.
const rows = [
  {
    source:
      'Киев наносит удары по Белгородской области, сообщил «Известиям» посол по особым поручениям МИД РФ Родион Мирошник.',
    target:
      "Kiev is striking the Belgorod region, Russian Foreign Ministry Ambassador-at-Large Rodion Miroshnik told Izvestia.",
  },
  {
    source: 'По словам Родиона Мирошника, удары ВСУ стали чаще.',
    target: 'According to Rodion Miroshnik, the strikes by the Ukrainian Armed Forces have become more frequent.',
  },
  {
    source: 'Губернатор Белгородской области Вячеслав Гладков заявил, что угрозы нет.',
    target: 'Vyacheslav Gladkov, Governor of the Belgorod Region, said there was no threat.',
  },
  {
    source: '— Это давление, — подчеркнул Мирошник.',
    target: '— This is pressure," Miroshnik stressed.',
  },
  {
    source: 'Эксперт клуба «Валдай» Андрей Кортунов считает, что ДСНВ продлят.',
    target: 'Andrey Kortunov, an expert at the Valdai Club, believes that New START will be extended.',
  },
  {
    source: 'Удары пришлись на Луганскую Народную Республику, сказал Кортунов.',
    target: "The strikes hit the Lugansk People's Republic, Kortunov said.",
  },
  {
    source: 'Пресс-секретарь Кремля Дмитрий Песков ничего не добавил.',
    target: 'Kremlin spokesman Dmitry Peskov added nothing.',
  },
  {
    source: 'Родиону Мирошнику также ответили в МИД России.',
    target: 'The Russian Foreign Ministry also replied to Rodion Miroshnik.',
  },
];

function byLemma(candidates: Candidate[], lemma: string): Candidate {
  const found = candidates.find((c) => c.lemma === lemma);
  expect(found, `candidate ${lemma} among ${candidates.map((c) => c.lemma).join(', ')}`).toBeDefined();
  return found as Candidate;
}

describe('candidate extraction', () => {
  const candidates = extractCandidates(rows, { morphology });

  it('groups the forms of a person under the nominative and counts the surname alone', () => {
    const c = byLemma(candidates, 'Родион Мирошник');
    expect(c.type).toBe('person');
    // full name three times (nominative, genitive, dative) and the surname alone once
    expect(c.occurrences).toBe(4);
    expect(c.target).toBe('Rodion Miroshnik');
    expect(candidates.filter((x) => /Мирошник/.test(x.lemma))).toHaveLength(1);
  });

  it('finds the English of other persons by transliteration', () => {
    expect(byLemma(candidates, 'Вячеслав Гладков').target).toBe('Vyacheslav Gladkov');
    expect(byLemma(candidates, 'Андрей Кортунов').target).toBe('Andrey Kortunov');
    expect(byLemma(candidates, 'Андрей Кортунов').occurrences).toBe(2);
    expect(byLemma(candidates, 'Дмитрий Песков').target).toBe('Dmitry Peskov');
  });

  it('puts a region into the nominative and finds its English', () => {
    const c = byLemma(candidates, 'Белгородская область');
    expect(c.type).toBe('place');
    expect(c.source).toBe('Белгородской области');
    expect(c.occurrences).toBe(2);
    expect(c.target?.toLowerCase()).toBe('belgorod region');
    const lpr = byLemma(candidates, 'Луганская Народная Республика');
    expect(lpr.target).toBe("Lugansk People's Republic");
  });

  it('keeps the generic noun before a quoted name', () => {
    const c = byLemma(candidates, 'клуб «Валдай»');
    expect(c.type).toBe('organization');
    expect(c.source).toBe('клуба «Валдай»');
    expect(c.target).toBe('Valdai Club');
  });

  it('recognises title patterns with their English', () => {
    const ambassador = byLemma(candidates, 'посол по особым поручениям');
    expect(ambassador.type).toBe('title');
    expect(ambassador.target?.toLowerCase()).toBe('ambassador-at-large');
    expect(byLemma(candidates, 'пресс-секретарь Кремля').target).toBe('Kremlin spokesman');
    expect(byLemma(candidates, 'губернатор Белгородской области').target).toBe('Governor of the Belgorod Region');
  });

  it('finds abbreviations, alone and with their country', () => {
    expect(byLemma(candidates, 'ДСНВ').target).toBe('New START');
    expect(byLemma(candidates, 'ВСУ').target).toBe('Ukrainian Armed Forces');
    expect(byLemma(candidates, 'МИД РФ').target).toBe('Russian Foreign Ministry');
    expect(byLemma(candidates, 'МИД России').target).toBe('Russian Foreign Ministry');
  });

  it('scores each candidate and leaves the rendering out when unsure', () => {
    for (const c of candidates) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    const mir = byLemma(candidates, 'Родион Мирошник');
    const vsu = byLemma(candidates, 'ВСУ');
    expect(mir.confidence).toBeGreaterThan(vsu.confidence);
    // sorted by confidence
    for (let k = 1; k < candidates.length; k++) expect(candidates[k - 1].confidence).toBeGreaterThanOrEqual(candidates[k].confidence);
  });

  it('gives no English when the translation has none close enough', () => {
    const [c] = extractCandidates([{ source: 'Сказал Родион Мирошник.', target: 'He said so.' }], { morphology });
    expect(c.lemma).toBe('Родион Мирошник');
    expect(c.target).toBeNull();
  });

  it('puts oblique-only names into the nominative', () => {
    const got = extractCandidates(
      [
        { source: 'встреча с Натальей Хмелевой', target: '' },
        { source: 'по словам Андрея Клинцевича', target: '' },
      ],
      { morphology },
    ).map((c) => c.lemma);
    expect(got).toContain('Наталья Хмелева');
    expect(got).toContain('Андрей Клинцевич');
  });

  it('leaves out what the glossary already has', () => {
    const known = buildTermMatcher([concept(1, 'person', 'Родион Мирошник'), concept(2, 'other', 'ДСНВ')], { morphology });
    const lemmas = extractCandidates(rows, { morphology, known }).map((c) => c.lemma);
    expect(lemmas).not.toContain('Родион Мирошник');
    expect(lemmas).not.toContain('ДСНВ');
    expect(lemmas).toContain('Андрей Кортунов');
  });

  it('does not propose sentence-initial words or quoted speech', () => {
    const got = extractCandidates(
      [{ source: 'Удары стали чаще. Трамп сказал, что «шанс есть всегда».', target: '' }],
      { morphology },
    );
    expect(got).toEqual([]);
  });
});
