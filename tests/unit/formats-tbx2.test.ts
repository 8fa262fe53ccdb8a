import { describe, expect, it } from 'vitest';
import { GlossaryFormatError } from '../../shared/formats/glossary-exchange';
import { formatTbx } from '../../shared/formats/tbx';
import { formatTbx2, parseTbx2 } from '../../shared/formats/tbx2';
import { elements, parseXml, textOf, type XmlElement } from '../../shared/formats/xml';
import { fullGlossary } from '../fixtures/glossary/full-glossary';

const all = (root: XmlElement, name: string): XmlElement[] => elements(root).flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);

function formatError(fn: () => unknown): GlossaryFormatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GlossaryFormatError) return e;
    throw e;
  }
  throw new Error('no GlossaryFormatError was thrown');
}

// The shape Translate Toolkit and Weblate write (their skeleton, minus its DOCTYPE line).
const TOOLKIT_BODY = `<martif type="TBX" xml:lang="en">
    <martifHeader><fileDesc><sourceDesc><p>Translate Toolkit</p></sourceDesc></fileDesc></martifHeader>
    <text>
        <body>
            <termEntry>
                <langSet xml:lang="ru"><tig><term>Белгородская область</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>Belgorod region</term></tig></langSet>
                <note from="translator">lower-case "region"</note>
            </termEntry>
            <termEntry id="kyiv">
                <langSet xml:lang="ru"><tig><term>Киев</term></tig></langSet>
                <langSet xml:lang="en"><tig><term>Kyiv</term></tig><tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
            </termEntry>
        </body>
    </text>
</martif>`;

describe('TBX v2 round trip', () => {
  it('reads back every field of every concept exactly', () => {
    const glossary = fullGlossary();
    expect(parseTbx2(formatTbx2(glossary))).toEqual({ glossary, refused: [] });
  });
});

describe('the TBX v2 file', () => {
  const glossary = fullGlossary();
  const root = parseXml(formatTbx2(glossary));

  it('is a martif document with termEntry / langSet / tig / term', () => {
    expect(root.name).toBe('martif');
    expect(root.attrs).toEqual({ type: 'TBX', 'xml:lang': 'en' });
    expect(elements(root).map((e) => e.name)).toEqual(['martifHeader', 'text']);
    const entries = all(root, 'termEntry');
    expect(entries).toHaveLength(glossary.concepts.length);
    expect(all(root, 'conceptEntry')).toEqual([]);
    for (const entry of entries) {
      for (const langSet of elements(entry, 'langSet')) expect(elements(langSet).every((e) => e.name === 'tig')).toBe(true);
    }
  });

  it('puts Russian first and the preferred English term first, where peers look for source and target', () => {
    for (const [i, entry] of all(root, 'termEntry').entries()) {
      const langSets = elements(entry, 'langSet');
      expect(langSets[0].attrs['xml:lang']).toBe('ru');
      const concept = glossary.concepts[i];
      expect(textOf(all(langSets[0], 'term')[0])).toBe(concept.terms.find((t) => t.lang === 'ru')!.text);
      const english = concept.terms.filter((t) => t.lang === 'en');
      if (english.length) expect(textOf(all(langSets[1], 'term')[0])).toBe(english.find((t) => t.status === 'preferred')!.text);
    }
  });

  it('writes the same data categories as TBX v3', () => {
    const categories = (text: string) =>
      [...text.matchAll(/<(descrip|termNote|transacNote|transac|date|note)(?: type="([^"]+)")?>([^<]*)</g)].map((m) => m.slice(1).join('|'));
    expect(categories(formatTbx2(glossary))).toEqual(categories(formatTbx(glossary)));
  });
});

describe('reading TBX v2 from other tools', () => {
  it('reads what Translate Toolkit writes, taking terms without a status as preferred', () => {
    const { glossary, refused } = parseTbx2(`<?xml version="1.0" encoding="utf-8"?>\n${TOOLKIT_BODY}`);
    expect(refused).toEqual([]);
    expect(glossary.concepts.map((c) => ({ uuid: c.uuid, note: c.note, terms: c.terms.map((t) => `${t.lang}:${t.text}:${t.status}`) }))).toEqual([
      { uuid: null, note: 'lower-case "region"', terms: ['ru:Белгородская область:preferred', 'en:Belgorod region:preferred'] },
      { uuid: null, note: null, terms: ['ru:Киев:preferred', 'en:Kyiv:preferred', 'en:Kiev:forbidden'] },
    ]);
  });

  it('reads past the DOCTYPE line those tools put first (an external DTD, never loaded)', () => {
    const withDoctype = `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">\n${TOOLKIT_BODY}`;
    expect(parseTbx2(withDoctype)).toEqual(parseTbx2(`<?xml version="1.0" encoding="utf-8"?>\n${TOOLKIT_BODY}`));
  });

  it('refuses a DOCTYPE with an internal subset, saying where and why', () => {
    const withSubset = `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE martif SYSTEM "TBXcdv04.dtd" [ <!ATTLIST martif type CDATA "TBX"> ]>\n${TOOLKIT_BODY}`;
    const e = formatError(() => parseTbx2(withSubset));
    expect(e.where).toBe('line 2, column 1');
    expect(e.reason).toMatch(/^a <!DOCTYPE …> declaration is not accepted: .* Remove it and import again$/);
  });

  it('reads <ntig> with its <termGrp> like a <tig>', () => {
    const { glossary } = parseTbx2(`<martif type="TBX"><text><body><termEntry>
      <langSet xml:lang="ru"><ntig><termGrp><term>ВСУ</term><termNote type="partOfSpeech">noun</termNote></termGrp></ntig></langSet>
      <langSet xml:lang="en"><ntig><termGrp><term>Armed Forces of Ukraine</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp><note>spelt out</note></ntig></langSet>
    </termEntry></body></text></martif>`);
    expect(glossary.concepts[0].terms).toEqual([
      { uuid: null, lang: 'ru', text: 'ВСУ', status: 'preferred', caseSensitive: false, partOfSpeech: 'noun', note: null },
      { uuid: null, lang: 'en', text: 'Armed Forces of Ukraine', status: 'preferred', caseSensitive: false, partOfSpeech: null, note: 'spelt out' },
    ]);
  });

  it('refuses entries one by one, named termEntry', () => {
    const { glossary, refused } = parseTbx2(`<martif type="TBX"><text><body>
      <termEntry id="a"><langSet xml:lang="ru"><tig><term>Киев</term></tig></langSet></termEntry>
      <termEntry id="a"><langSet xml:lang="ru"><tig><term>Харьков</term></tig></langSet></termEntry>
      <termEntry><langSet xml:lang="en"><tig><term>Kyiv</term></tig></langSet></termEntry>
      <termEntry><langSet xml:lang="ru"><tig><term>Одесса</term><termNote type="administrativeStatus">standardizedTerm-admn-sts</termNote></tig></langSet></termEntry>
    </body></text></martif>`);
    expect(glossary.concepts).toHaveLength(1);
    expect(refused).toEqual([
      { where: 'termEntry 2 (id "a")', reason: 'the id "a" is already used by termEntry 1' },
      { where: 'termEntry 3', reason: 'there is no Russian term' },
      { where: 'termEntry 4', reason: expect.stringMatching(/^the term "Одесса" has the administrativeStatus "standardizedTerm-admn-sts"/) },
    ]);
  });
});

describe('TBX v2 files that cannot be read at all', () => {
  it('points a TBX v3 file to its format and refuses other roots', () => {
    expect(formatError(() => parseTbx2(formatTbx(fullGlossary())))).toMatchObject({ where: '<tbx>', reason: 'this is TBX v3 (its root is <tbx>): import it as TBX v3' });
    expect(formatError(() => parseTbx2('<?xml version="1.0"?>\n<xliff version="2.0"/>'))).toMatchObject({ where: '<xliff>' });
  });

  it('refuses a truncated file with where it stops, an XXE entity, and an empty file', () => {
    const good = formatTbx2(fullGlossary());
    const truncated = formatError(() => parseTbx2(good.slice(0, good.lastIndexOf('\n', good.length / 2))));
    expect(truncated.where).toMatch(/^line \d+, column \d+$/);
    expect(truncated.reason).toMatch(/never closed/);
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<martif><text><body><termEntry><langSet xml:lang="ru"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>`;
    expect(formatError(() => parseTbx2(xxe))).toMatchObject({ where: 'line 2, column 1' });
    expect(formatError(() => parseTbx2('\uFEFF'))).toMatchObject({ reason: 'the file is empty' });
  });
});
