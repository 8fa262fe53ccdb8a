import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { changeReport, wordDiffHtml } from '../../shared/export/report';
import { reportKeyExists } from '../../shared/export/report-i18n';
import type { ExportDocument, ExportFinding } from '../../shared/export/types';
import { expectSelfContained, sampleDocument } from './export-helpers';

const finding = (over: Partial<ExportFinding>): ExportFinding => ({
  check: 'forbidden-term',
  severity: 'error',
  row: 1,
  message: '"Kiev" is forbidden; use "Kyiv"',
  source: 'Киев',
  target: 'Kiev',
  status: 'fixed',
  fix: 'Replace with "Kyiv"',
  ...over,
});

function reviewed(): ExportDocument {
  return sampleDocument({
    findings: [
      finding({}),
      finding({ check: 'page-furniture', severity: 'warning', row: 0, message: 'Page furniture: <script>alert(1)</script>', source: null, target: 'Skip to content', status: 'open', fix: 'Delete' }),
      finding({ check: 'number-mismatch', severity: 'warning', row: 3, message: 'Numbers differ: 3 & 4', source: '3', target: '4', status: 'dismissed', fix: null }),
    ],
    measures: { words: 30, edits: 4, hter: 4 / 30, charsChanged: 20, editedRows: 2, fixedByCheck: { 'forbidden-term': 1 } },
    glossaryEntries: [{ type: 'place', source: 'Киев', approved: 'Kyiv', forbidden: ['Kiev'], rows: [1, 3] }],
  });
}

const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('the change report', () => {
  it('is a self-contained page in the language asked for', () => {
    for (const lang of ['en', 'ru'] as const) {
      const html = changeReport(reviewed(), lang);
      const document = expectSelfContained(html);
      expect(document.documentElement.getAttribute('lang')).toBe(lang);
      // Every word came from the locale files: no key is printed as itself.
      expect(html).not.toMatch(/exportReport\.|findings\.checks\.|glossary\.types\.|kinds\./);
    }
    const en = parseHTML(changeReport(reviewed(), 'en')).document;
    const ru = parseHTML(changeReport(reviewed(), 'ru')).document;
    expect(en.querySelector('h1')?.textContent).toBe('Change report: Киев готовит удары');
    expect(ru.querySelector('h1')?.textContent).toBe('Отчёт об изменениях: Киев готовит удары');
    expect(texts(ru, '#findings h3')).toEqual(['Исправлены (1)', 'Остались (1)', 'Скрыты (1)']);
    expect(texts(en, '#findings h3')).toEqual(['Fixed (1)', 'Left open (1)', 'Dismissed (1)']);
  });

  it('lists the findings fixed, left open and dismissed with their rows, texts and fixes', () => {
    const { document } = parseHTML(changeReport(reviewed(), 'en'));
    const row = (section: string) => [...document.querySelectorAll(`#findings-${section} tbody td`)].map((td) => td.textContent);
    expect(row('fixed')).toEqual(['2', 'Forbidden term', 'Error', '"Kiev" is forbidden; use "Kyiv"', 'Киев', 'Kiev', 'Replace with "Kyiv"']);
    expect(row('open')).toEqual(['1', 'Page furniture', 'Warning', 'Page furniture: <script>alert(1)</script>', '', 'Skip to content', 'Delete']);
    expect(row('dismissed')).toEqual(['4', 'Numbers differ', 'Warning', 'Numbers differ: 3 & 4', '3', '4', '']);
  });

  it('gives the measures, the fixes by check and the glossary terms that applied', () => {
    const en = parseHTML(changeReport(reviewed(), 'en')).document;
    expect(texts(en, '#measures table.measures:first-of-type tr').slice(0, 5)).toEqual([
      expect.stringMatching(/^HTER\s*0\.13/),
      expect.stringMatching(/^Word edits\s*4$/),
      expect.stringMatching(/^Words in the corrected text\s*30$/),
      expect.stringMatching(/^Characters changed\s*20$/),
      expect.stringMatching(/^Rows edited\s*2 of 10$/),
    ]);
    expect(texts(en, '#measures h3 + table tbody tr')).toEqual([expect.stringMatching(/^Forbidden term\s*1$/)]);
    expect([...en.querySelectorAll('#glossary tbody td')].map((td) => td.textContent)).toEqual(['Place', 'Киев', 'Kyiv', 'Kiev', '2, 4']);
    // Russian number format: a decimal comma.
    expect(changeReport(reviewed(), 'ru')).toContain('<td class="num">0,13</td>');
  });

  it('shows every row with its original, machine translation and corrected text as a word diff', () => {
    const doc = reviewed();
    const { document } = parseHTML(changeReport(doc, 'en'));
    const rows = [...document.querySelectorAll('#rows tbody tr')];
    expect(rows).toHaveLength(doc.rows.length);
    const cells = (i: number) => [...rows[i].querySelectorAll('td')];
    expect(cells(1).map((td) => td.textContent)).toEqual([
      '2',
      expect.stringMatching(/^Heading · reviewed · HTER 0\.25$/),
      'Киев готовит удары',
      'Kiev is preparing strikes',
      'KievKyiv is preparing strikes',
    ]);
    expect(cells(1)[4].querySelector('del')?.textContent).toBe('Kiev');
    expect(cells(1)[4].querySelector('ins')?.textContent).toBe('Kyiv');
    expect(cells(2)[4].textContent).toBe('The first sentence, and the second. (unchanged)');
    expect(cells(6)[1].textContent).toBe('not translated');
    expect(rows[0].getAttribute('class')).toBe('furniture');
    // The tricky row: markup from the article is text in the diff too.
    expect(cells(9)[4].querySelectorAll('b')).toHaveLength(0);
    expect(cells(9)[4].textContent).toContain('"<b>bold</b>"');
  });

  it('escapes the title and leaves i18next syntax in it alone', () => {
    const doc = sampleDocument({ title: '{{title}} $t(app.name) <i>x</i>' });
    const { document } = parseHTML(changeReport(doc, 'en'));
    expect(document.querySelector('h1')?.textContent).toBe('Change report: {{title}} $t(app.name) <i>x</i>');
    expect(document.querySelector('h1 i')).toBeNull();
  });

  it('says so when nothing was fixed or found', () => {
    const { document } = parseHTML(changeReport(sampleDocument(), 'en'));
    expect(texts(document, '#findings p')).toEqual(['None.', 'None.', 'None.']);
    expect(document.querySelector('#measures p')?.textContent).toBe('No automatic fix was applied.');
    expect(document.querySelector('#glossary p')?.textContent).toBe("No term of the document's glossaries occurs in the original.");
  });

  it('marks deleted and inserted words, escaped', () => {
    expect(wordDiffHtml('Kiev <b> said', 'Kyiv <b> said & more')).toBe('<del>Kiev</del><ins>Kyiv</ins> &lt;b&gt; said<ins> &amp; more</ins>');
  });

  it('has every word in both languages', () => {
    for (const key of ['exportReport.title', 'exportReport.states.initial', 'exportReport.columns.corrected', 'findings.checks.typography', 'glossary.types.place', 'kinds.furniture']) {
      expect(reportKeyExists(key, 'en'), key).toBe(true);
      expect(reportKeyExists(key, 'ru'), key).toBe(true);
    }
  });
});
