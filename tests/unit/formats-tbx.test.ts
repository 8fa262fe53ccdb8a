import { describe, expect, it } from 'vitest';
import { GlossaryFormatError, type ExchangeGlossary } from '../../shared/formats/glossary-exchange';
import { formatTbx, parseTbx, TBX_NAMESPACE } from '../../shared/formats/tbx';
import { elements, parseXml, textOf, type XmlElement } from '../../shared/formats/xml';
import { fullGlossary } from '../fixtures/glossary/full-glossary';

const tbx = (body: string, header = '<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${TBX_NAMESPACE}">\n${header}\n<text><body>\n${body}\n</body></text>\n</tbx>\n`;

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

describe('TBX v3 round trip', () => {
  it('reads back every field of every concept exactly', () => {
    const glossary = fullGlossary();
    expect(parseTbx(formatTbx(glossary))).toEqual({ glossary, refused: [] });
  });

  it('reads back a glossary without name or uuid, and one with no concepts', () => {
    const empty: ExchangeGlossary = { name: null, uuid: null, sourceLang: 'ru', targetLang: 'en', concepts: [] };
    expect(parseTbx(formatTbx(empty))).toEqual({ glossary: empty, refused: [] });
    const nameless = { ...fullGlossary(), name: null };
    expect(parseTbx(formatTbx(nameless)).glossary).toEqual(nameless);
  });

  it('writes each language together, preferred first, whatever order the terms came in', () => {
    const glossary = fullGlossary();
    // English before Russian and forbidden first; terms of one language and status keep their order.
    const rank = { forbidden: 0, admitted: 1, preferred: 2 } as const;
    const shuffle = (terms: ExchangeGlossary['concepts'][number]['terms']) =>
      [...terms].sort((a, b) => (a.lang === b.lang ? rank[a.status] - rank[b.status] : a.lang === 'en' ? -1 : 1));
    const shuffled = { ...glossary, concepts: glossary.concepts.map((c) => ({ ...c, terms: shuffle(c.terms) })) };
    expect(shuffled.concepts[0].terms[0].text).toBe('Vladimir Zelensky');
    const back = parseTbx(formatTbx(shuffled)).glossary;
    expect(back).toEqual(glossary);
    for (const c of back.concepts) expect(c.terms.find((t) => t.lang === 'en')?.status ?? 'preferred').toBe('preferred');
  });
});

describe('the TBX v3 file', () => {
  const glossary = fullGlossary();
  const text = formatTbx(glossary);
  const root = parseXml(text);

  it('is TBX-Basic in DCA style, in the ISO 30042:2019 namespace', () => {
    expect(root.name).toBe('tbx');
    expect(root.attrs).toEqual({ type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: 'urn:iso:std:iso:30042:ed-2' });
    expect(elements(root).map((e) => e.name)).toEqual(['tbxHeader', 'text']);
    const titleStmt = all(root, 'titleStmt')[0];
    expect(titleStmt.attrs.id).toBe(`g-${glossary.uuid}`);
    expect(textOf(all(titleStmt, 'title')[0])).toBe(glossary.name);
  });

  it('keeps the UUIDs in XML ids that start with a letter', () => {
    const entries = all(root, 'conceptEntry');
    expect(entries.map((e) => e.attrs.id)).toEqual(glossary.concepts.map((c) => (c.uuid ? `c-${c.uuid}` : undefined)));
    const termIds = all(root, 'termSec').map((t) => t.attrs.id);
    expect(termIds).toEqual(glossary.concepts.flatMap((c) => c.terms.map((t) => (t.uuid ? `t-${t.uuid}` : undefined))));
    for (const id of [...termIds, ...entries.map((e) => e.attrs.id)]) if (id) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
  });

  it('uses the TBX-Basic data categories and status values', () => {
    const termNote = (type: string) => all(root, 'termNote').filter((n) => n.attrs.type === type).map(textOf);
    expect(new Set(termNote('administrativeStatus'))).toEqual(new Set(['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts']));
    const kiev = all(root, 'termSec').find((s) => textOf(all(s, 'term')[0]) === 'Kiev')!;
    expect(elements(kiev).map((e) => [e.name, e.attrs.type ?? null, textOf(e)])).toEqual([
      ['term', null, 'Kiev'],
      ['termNote', 'administrativeStatus', 'deprecatedTerm-admn-sts'],
      ['termNote', 'caseSensitivity', 'caseInsensitive'],
    ]);
    expect(termNote('partOfSpeech')).toContain('properNoun');
    const descrips = all(root, 'descrip').map((d) => `${d.attrs.type}=${textOf(d)}`);
    expect(descrips).toContain('subjectField=politics');
    expect(descrips.filter((d) => d.startsWith('conceptType='))).toHaveLength(glossary.concepts.length);
  });

  it('records who created and changed a concept, with a TBX date and the exact time beside it', () => {
    const first = all(root, 'conceptEntry')[0];
    const groups = elements(first, 'transacGrp').map((g) => elements(g).map((e) => [e.name, e.attrs.type ?? null, textOf(e)]));
    expect(groups).toEqual([
      [
        ['transac', 'transactionType', 'origination'],
        ['transacNote', 'responsibility', 'anna'],
        ['date', null, '2025-01-15'],
        ['transacNote', 'timestamp', '2025-01-15T09:30:00.000Z'],
      ],
      [
        ['transac', 'transactionType', 'modification'],
        ['transacNote', 'responsibility', 'Борис «Редактор»'],
        ['date', null, '2025-02-01'],
        ['transacNote', 'timestamp', '2025-02-01T18:05:42.123Z'],
      ],
    ]);
    for (const date of all(root, 'date')) expect(textOf(date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('escapes markup and entities in values instead of writing them', () => {
    expect(text).toContain('&lt;b&gt;not markup&lt;/b&gt; &amp; no entity: &amp;amp;');
    expect(text).toContain('<term>&lt;Procter and Gamble&gt;</term>');
    expect(text).toContain('a line&#13;\nwith a Windows line end');
    expect(text).not.toContain('<b>');
  });

  it('refuses to write a character XML cannot carry, naming the concept', () => {
    const g = fullGlossary();
    g.concepts[1].terms[1].text = 'Kremlin\u0007spokesman';
    const e = formatError(() => formatTbx(g));
    expect(e.where).toBe('concept 2 ("пресс-секретарь Кремля")');
    expect(e.reason).toMatch(/U\+0007/);
  });
});

describe('reading TBX v3 from other tools', () => {
  it('takes short and superseded status values, DCT elements, groups, regional language tags and dates alone', () => {
    const parsed = parseTbx(
      tbx(`
  <conceptEntry id="c1">
    <transacGrp><transac type="transactionType">origination</transac><date>2010-04-17</date></transacGrp>
    <descrip type="subjectField">Politics</descrip>
    <descripGrp><descrip type="definition">The capital of Ukraine.</descrip></descripGrp>
    <note>  G-Source  </note>
    <langSec xml:lang="ru-RU"><termSec><term> Киев </term></termSec></langSec>
    <langSec xml:lang="EN-us">
      <termSec><term>Kiev</term><termNote type="administrativeStatus">superseded</termNote></termSec>
      <termSec><term>Kyiv</term><termNoteGrp><termNote type="administrativeStatus">preferred</termNote></termNoteGrp></termSec>
      <termSec><term>Kyev</term><basic:administrativeStatus xmlns:basic="http://www.tbxinfo.net/ns/basic">deprecated</basic:administrativeStatus></termSec>
      <termSec><term>Kyjiw</term><termNote type="administrativeStatus">admitted</termNote><note>German-style</note></termSec>
    </langSec>
  </conceptEntry>`),
    );
    expect(parsed.refused).toEqual([]);
    expect(parsed.glossary.concepts).toEqual([
      {
        uuid: null,
        type: 'other',
        domain: 'Politics',
        note: 'G-Source',
        createdAt: '2010-04-17',
        createdBy: null,
        updatedAt: null,
        updatedBy: null,
        terms: [
          { uuid: null, lang: 'ru', text: 'Киев', status: 'preferred', caseSensitive: false, partOfSpeech: null, note: null },
          { uuid: null, lang: 'en', text: 'Kiev', status: 'forbidden', caseSensitive: false, partOfSpeech: null, note: null },
          { uuid: null, lang: 'en', text: 'Kyiv', status: 'preferred', caseSensitive: false, partOfSpeech: null, note: null },
          { uuid: null, lang: 'en', text: 'Kyev', status: 'forbidden', caseSensitive: false, partOfSpeech: null, note: null },
          { uuid: null, lang: 'en', text: 'Kyjiw', status: 'admitted', caseSensitive: false, partOfSpeech: null, note: 'German-style' },
        ],
      },
    ]);
  });

  it('makes the first term without a status preferred only where no term is marked preferred', () => {
    const { glossary } = parseTbx(
      tbx(`<conceptEntry><langSec xml:lang="ru"><termSec><term>МИД России</term></termSec><termSec><term>МИД РФ</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Foreign Ministry</term></termSec><termSec><term>Russian Foreign Ministry</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>`),
    );
    expect(glossary.concepts[0].terms.map((t) => `${t.text}:${t.status}`)).toEqual([
      'МИД России:preferred',
      'МИД РФ:admitted',
      'Foreign Ministry:admitted',
      'Russian Foreign Ministry:preferred',
    ]);
  });

  it('keeps a foreign id only when it is a UUID', () => {
    const uuid = '7b0e4a3c-2d1f-4e5a-8b6c-9d0e1f2a3b4c';
    const { glossary } = parseTbx(
      tbx(`<conceptEntry id="_${uuid}"><langSec xml:lang="ru"><termSec id="${uuid.replace(/^7/, 'x')}"><term>а</term></termSec></langSec></conceptEntry>
      <conceptEntry id="c-${uuid}"><langSec xml:lang="ru"><termSec id="t-${uuid}"><term>б</term></termSec></langSec></conceptEntry>`),
    );
    expect(glossary.concepts.map((c) => [c.uuid, c.terms[0].uuid])).toEqual([
      [null, null],
      [uuid, uuid],
    ]);
  });

  it('refuses a second entry or term with the same UUID, however its id is written', () => {
    const uuid = '7b0e4a3c-2d1f-4e5a-8b6c-9d0e1f2a3b4c';
    const { glossary, refused } = parseTbx(
      tbx(`<conceptEntry id="c-${uuid}"><langSec xml:lang="ru"><termSec id="t-${uuid}"><term>а</term></termSec></langSec></conceptEntry>
      <conceptEntry id="${uuid}"><langSec xml:lang="ru"><termSec><term>б</term></termSec></langSec></conceptEntry>
      <conceptEntry><langSec xml:lang="ru"><termSec id="${uuid}"><term>в</term></termSec></langSec></conceptEntry>`),
    );
    expect(glossary.concepts).toHaveLength(1);
    expect(refused).toEqual([
      { where: `conceptEntry 2 (id "${uuid}")`, reason: 'its UUID is already used by conceptEntry 1' },
      { where: 'conceptEntry 3', reason: 'the term id of "в" is already used in conceptEntry 1' },
    ]);
  });
});

describe('TBX v3 entries that cannot be read', () => {
  const ok = (id: string, ru = 'Киев') => `<conceptEntry id="${id}"><langSec xml:lang="ru"><termSec><term>${ru}</term></termSec></langSec></conceptEntry>`;
  const parsed = parseTbx(
    tbx(
      [
        ok('c-ok', 'Киев'),
        '<conceptEntry id="c2"><langSec xml:lang="en"><termSec><term>Kyiv</term></termSec></langSec></conceptEntry>',
        '<conceptEntry id="c3"><langSec xml:lang="ru"><termSec><term>Киев</term><termNote type="administrativeStatus">recommendedTerm</termNote></termSec></langSec></conceptEntry>',
        '<conceptEntry id="c4"><langSec xml:lang="ru"><termSec><term>  </term></termSec></langSec></conceptEntry>',
        ok('c-ok', 'Харьков'),
        '<conceptEntry><descrip type="conceptType">city</descrip><langSec xml:lang="ru"><termSec><term>Одесса</term></termSec></langSec></conceptEntry>',
        '<conceptEntry id="c7"><langSec xml:lang="ru"><termSec><term>ДСНВ</term><termNote type="caseSensitivity">yes</termNote></termSec></langSec></conceptEntry>',
        '<conceptEntry id="c8"><langSec xml:lang="ru"><termSec><term>ВСУ</term></termSec></langSec><langSec xml:lang="de"><termSec><term>Streitkräfte der Ukraine</term></termSec></langSec></conceptEntry>',
        '<conceptEntry id="c9"><langSec xml:lang="ru"><termSec><term>Львов</term></termSec><termSec><term>Львов</term></termSec></langSec></conceptEntry>',
        '<conceptEntry id="c10"><langSec><termSec><term>Днепр</term></termSec></langSec></conceptEntry>',
      ].join('\n'),
    ),
  );

  it('refuses each with where it is and why, and reads the rest', () => {
    expect(parsed.refused).toEqual([
      { where: 'conceptEntry 2 (id "c2")', reason: 'there is no Russian term' },
      { where: 'conceptEntry 3 (id "c3")', reason: expect.stringMatching(/^the term "Киев" has the administrativeStatus "recommendedTerm"; known: preferredTerm-admn-sts/) },
      { where: 'conceptEntry 4 (id "c4")', reason: 'a Russian <termSec> has an empty <term>' },
      { where: 'conceptEntry 5 (id "c-ok")', reason: 'the id "c-ok" is already used by conceptEntry 1' },
      { where: 'conceptEntry 6', reason: 'the conceptType "city" is not one of person, title, organization, place, other' },
      { where: 'conceptEntry 7 (id "c7")', reason: 'the term "ДСНВ" has the caseSensitivity "yes"; known: caseSensitive, caseInsensitive' },
      { where: 'conceptEntry 9 (id "c9")', reason: 'the term "Львов" (ru) is listed twice' },
      { where: 'conceptEntry 10 (id "c10")', reason: 'a <langSec> has no xml:lang' },
      { where: 'langSec xml:lang="de"', reason: 'only Russian and English terms are kept: the "de" terms of 1 entry are left out' },
    ]);
    expect(parsed.glossary.concepts.map((c) => c.terms.map((t) => t.text))).toEqual([['Киев'], ['ВСУ']]);
  });
});

describe('TBX v3 files that cannot be read at all', () => {
  const good = formatTbx(fullGlossary());

  it('says where a truncated file ends unclosed', () => {
    const e = formatError(() => parseTbx(good.slice(0, good.indexOf('</conceptEntry>', 2000))));
    expect(e.where).toMatch(/^line \d+, column \d+$/);
    expect(e.reason).toMatch(/^<tbx>, <text>, <body>, <conceptEntry> are never closed: the file is cut short or not well-formed$/);
  });

  it('refuses text that is not XML, and a mismatched tag with its line', () => {
    expect(formatError(() => parseTbx('source,target\nКиев,Kyiv\n'))).toMatchObject({ where: 'line 1, column 1' });
    const e = formatError(() => parseTbx(tbx('<conceptEntry><langSec xml:lang="ru"><termSec><term>Киев</termSec></langSec></conceptEntry>')));
    expect(e.where).toMatch(/^line 5, column \d+$/);
    expect(e.reason).toMatch(/Expected closing tag 'term'/);
  });

  it('refuses another root, pointing a TBX v2 file to its format', () => {
    expect(formatError(() => parseTbx('<html><body/></html>'))).toMatchObject({ where: '<html>', reason: 'the root element is <html>; a TBX v3 file starts with <tbx>' });
    expect(formatError(() => parseTbx('<martif type="TBX"><text><body/></text></martif>'))).toMatchObject({
      where: '<martif>',
      reason: 'this is TBX v2 (its root is <martif>): import it as TBX v2',
    });
    expect(formatError(() => parseTbx('<tbx xmlns="urn:example"><text><body/></text></tbx>')).reason).toMatch(/namespace is "urn:example"/);
    expect(formatError(() => parseTbx('<tbx><tbxHeader/></tbx>')).reason).toMatch(/no <text><body>/);
  });

  it('refuses a billion-laughs DOCTYPE before parsing anything', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE tbx [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<tbx>&lol3;</tbx>`;
    const e = formatError(() => parseTbx(laughs));
    expect(e.where).toBe('line 2, column 1');
    expect(e.reason).toMatch(/^a <!DOCTYPE …> declaration is not accepted/);
  });

  it('refuses an external entity (XXE), with or without a DOCTYPE around it', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${tbx('<conceptEntry><langSec xml:lang="ru"><termSec><term>&x;</term></termSec></langSec></conceptEntry>').replace(/^<\?xml[^>]*>/, '')}`;
    expect(formatError(() => parseTbx(xxe))).toMatchObject({ where: 'line 1, column 22', reason: expect.stringMatching(/DOCTYPE/) });
    expect(formatError(() => parseTbx('<!ENTITY x SYSTEM "file:///etc/passwd"><tbx/>')).reason).toMatch(/^a <!ENTITY …> declaration is not accepted/);
    const undeclared = formatError(() => parseTbx(tbx('<conceptEntry><note>&x;</note></conceptEntry>')));
    expect(undeclared.where).toBe('line 5, column 21');
    expect(undeclared.reason).toMatch(/^unknown entity &x;/);
  });

  it('refuses an empty file, a bare ampersand and a control character', () => {
    expect(formatError(() => parseTbx(''))).toMatchObject({ where: 'line 1', reason: 'the file is empty' });
    expect(formatError(() => parseTbx(' \n'))).toMatchObject({ reason: 'the file is empty' });
    expect(formatError(() => parseTbx(tbx('<conceptEntry><note>AT & T</note></conceptEntry>'))).reason).toMatch(/an "&" that starts no reference/);
    expect(formatError(() => parseTbx(tbx('<conceptEntry><note>bell \u0007</note></conceptEntry>')))).toMatchObject({ where: 'line 5, column 26', reason: 'the character U+0007 is not allowed in XML 1.0' });
  });
});
