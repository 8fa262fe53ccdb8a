// A glossary of 100,000 generated concepts in a real database file: it loads into the matcher and
// finds its terms in an article in their case forms (correctness here; speed is `npm run bench`).
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../main/events';
import { createServices } from '../../main/services';
import type { Concept } from '../../shared/model';
import { transliterate } from '../../shared/terms';
import { generateGlossary } from '../fixtures/generated-glossary';
import { tempDatabase } from './temp-db';

const SIZE = 100_000;

describe('a 100,000-concept glossary', () => {
  it('is stored, searched, loaded into the matcher, and matches an article in every form', { timeout: 300_000 }, async () => {
    const { db } = tempDatabase();
    const services = createServices(db, new EventBus());
    const glossary = services.glossary.createGlossary('Generated');
    const generated = generateGlossary(SIZE);
    const stored = new Map<number, Concept>();
    db.transaction(() => {
      for (const c of generated) {
        const ru = c.terms[0].text;
        const concept = services.glossary.createConcept({
          glossaryId: glossary.id,
          type: c.type,
          terms: [
            { lang: 'ru', text: ru, status: 'preferred' },
            { lang: 'en', text: transliterate(ru, 'house'), status: 'preferred' },
          ],
        });
        stored.set(c.id, concept);
      }
    })();
    expect(services.glossary.glossaries()[0].concepts).toBe(SIZE);

    // One of each kind, far apart in the glossary.
    const pick = (type: Concept['type'], from: number) => generated.slice(from).find((c) => c.type === type && !/ий$|ая$/.test(c.terms[0].text))!;
    const person = pick('person', 12_345);
    const place = generated.slice(45_678).find((c) => c.type === 'place' && / область$/.test(c.terms[0].text))!;
    const organization = generated.slice(77_777).find((c) => c.type === 'organization' && /^клуб /.test(c.terms[0].text))!;
    const [first, surname] = person.terms[0].text.split(' ');
    const placeGenitive = place.terms[0].text.replace(/ская область$/, 'ской области');
    const club = organization.terms[0].text.replace(/^клуб /, 'клуба ');
    const ru = [
      `${first} ${surname} побывал в ${place.terms[0].text.replace(/ская область$/, 'ской области')}.`,
      `По словам ${surname}а, жители ${placeGenitive} ждут решений.`,
      `Представители ${club} согласились.`,
    ].join('\n');
    const en = ['The first sentence.', 'The second sentence.', 'The third sentence.'].join('\n');
    const { id } = await services.documents.import({ source: { name: 'ru.txt', text: ru }, target: { name: 'en.txt', text: en } });
    services.glossary.setDocumentGlossaries(id, [glossary.id]);

    const matches = await services.review.matches(id);
    const found = (conceptId: number) => matches.filter((m) => m.conceptId === stored.get(conceptId)!.id).map((m) => m.how);
    expect(found(person.id)).toEqual(['exact', 'surname']);
    expect(found(place.id)).toEqual(['inflected', 'inflected']);
    expect(found(organization.id)).toEqual(['inflected']);
    // Nothing else in these three sentences is a term of the glossary.
    expect(new Set(matches.map((m) => m.conceptId)).size).toBe(3);

    // Each one is missing from the "translation", once in each row that names it.
    const { findings } = await services.review.findings(id);
    const missing = findings.filter((f) => f.check === 'missing-term');
    expect(missing.map((f) => f.row)).toEqual([0, 0, 1, 1, 2]);
    expect([...new Set(missing.map((f) => f.subject?.conceptId))].sort()).toEqual(
      [stored.get(person.id)!.id, stored.get(place.id)!.id, stored.get(organization.id)!.id].sort(),
    );

    // Search finds a concept among them by a word of either script.
    const bySurname = services.glossary.concepts({ query: surname, limit: 50 });
    expect(bySurname.map((c) => c.id)).toContain(stored.get(person.id)!.id);
    const byEnglish = services.glossary.concepts({ query: transliterate(surname, 'house'), limit: 50 });
    expect(byEnglish.map((c) => c.id)).toContain(stored.get(person.id)!.id);

    // A deletion reaches the cached matcher.
    services.glossary.deleteConcept(stored.get(place.id)!.id);
    const after = await services.review.matches(id);
    expect(after.some((m) => m.conceptId === stored.get(place.id)!.id)).toBe(false);
    expect(after.some((m) => m.conceptId === stored.get(person.id)!.id)).toBe(true);
    db.close();
  });
});
