import { describe, expect, it } from 'vitest';
import { CsvError, formatCsv, parseCsv } from '../../shared/formats/csv';
import { formatGlossaryCsv, parseGlossaryCsv } from '../../shared/formats/glossary-csv';

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, keeping line numbers', () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\nlast,row\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
      { line: 4, fields: ['last', 'row'] },
    ]);
  });

  it('says where a quote is not closed or stray', () => {
    expect(() => parseCsv('a,b\n"open,field\n')).toThrow(new CsvError(2, 'a quoted field is not closed'));
    expect(() => parseCsv('a,b\nx"y,z\n')).toThrow(/line 2: a quote inside an unquoted field/);
  });

  it('round-trips what it writes', () => {
    const rows = [['клуб «Валдай»', 'Valdai, Discussion "Club"'], ['a\nb', '']];
    expect(parseCsv(formatCsv(rows)).map((r) => r.fields)).toEqual(rows);
  });
});

describe('the glossary CSV', () => {
  const SAMPLE = [
    'source,target,type,forbidden,note',
    'Киев,Kyiv,place,Kiev,house style',
    "Луганская Народная Республика,Luhansk People's Republic,place,Lugansk People's Republic|LNR,",
    'ДСНВ,New START,title,START Treaty,the 2010 treaty',
    'Роза Сябитова,Rosa Syabitova,,,',
  ].join('\n');

  it('reads entries with several forbidden variants and a default type', () => {
    const entries = parseGlossaryCsv(SAMPLE);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({ source: 'Киев', target: 'Kyiv', type: 'place', forbidden: ['Kiev'], note: 'house style' });
    expect(entries[1].forbidden).toEqual(["Lugansk People's Republic", 'LNR']);
    expect(entries[3].type).toBe('other');
    expect(parseGlossaryCsv(formatGlossaryCsv(entries))).toEqual(entries);
  });

  it('refuses a bad file saying which line and why', () => {
    expect(() => parseGlossaryCsv('term,translation\nа,b')).toThrow(/line 1: the header has no "source" column/);
    expect(() => parseGlossaryCsv('source,target,type\nКиев,Kyiv,city')).toThrow(/line 2: unknown type "city"/);
    expect(() => parseGlossaryCsv('source,target\nКиев,')).toThrow(/line 2: "Киев" has no target term/);
  });
});
