import { describe, expect, it } from 'vitest';
import { fixableKeys, groupFindings, type PanelFinding } from '../../renderer/panels/findings/groups';
import { recordedTerms } from '../../shared/review/learn-record';

const finding = (over: Partial<PanelFinding> & Pick<PanelFinding, 'check' | 'key'>): PanelFinding => ({
  severity: 'warning',
  row: 0,
  message: { key: 'findingMessages.typography.doubleSpace', params: {} },
  dismissed: false,
  ...over,
});
const fix = { label: { key: 'findingFixes.inconsistent-rendering.use', params: { spelling: 'X' } }, replacements: [{ segmentId: 1, start: 0, end: 1, text: 'X' }] };

describe('groupFindings', () => {
  const findings = [
    finding({ check: 'typography', key: 't1', row: 0 }),
    finding({ check: 'inconsistent-rendering', key: 'a1', row: 1, subject: { label: 'Андрей Клинцевич' }, fix }),
    finding({ check: 'forbidden-term', key: 'k1', row: 2, subject: { label: 'Kyiv', conceptId: 4 }, fix }),
    finding({ check: 'inconsistent-rendering', key: 's1', row: 3, subject: { label: 'Сергей Рябков' }, fix }),
    finding({ check: 'inconsistent-rendering', key: 'a2', row: 4, subject: { label: 'Андрей Клинцевич' }, fix, dismissed: true }),
  ];

  it('orders checks as the checks are listed and subjects as they first appear, counting open findings', () => {
    const groups = groupFindings(findings, true);
    expect(groups.map((g) => [g.check, g.open])).toEqual([
      ['forbidden-term', 1],
      ['inconsistent-rendering', 2],
      ['typography', 1],
    ]);
    const names = groups[1];
    expect(names.subjects.map((s) => [s.label, s.open, s.findings.length])).toEqual([
      ['Андрей Клинцевич', 1, 2],
      ['Сергей Рябков', 1, 1],
    ]);
    expect(names.findings.map((f) => f.key)).toEqual(['a1', 'a2', 's1']);
    expect(groups[2].subjects[0].label).toBeNull();
  });

  it('leaves dismissed findings out unless asked, and never sends them to a fix-all', () => {
    const names = groupFindings(findings, false)[1];
    expect(names.findings.map((f) => f.key)).toEqual(['a1', 's1']);
    expect(fixableKeys(groupFindings(findings, true)[1].findings)).toEqual(['a1', 's1']);
    expect(fixableKeys([finding({ check: 'typography', key: 'x' })])).toEqual([]);
  });
});

describe('recordedTerms', () => {
  const term = (id: number, lang: 'ru' | 'en', text: string, status: 'preferred' | 'admitted' | 'forbidden') => ({
    id,
    uuid: `u${id}`,
    lang,
    text,
    status,
    caseSensitive: false,
    partOfSpeech: null,
    note: null,
  });

  it('makes the learned rendering preferred and the old one forbidden, keeping the other terms', () => {
    const out = recordedTerms([term(1, 'ru', 'Киев', 'preferred'), term(2, 'en', 'Kiev', 'preferred'), term(3, 'en', 'Kiyv', 'admitted')], 'Kyiv', 'Kiev');
    expect(out.map((t) => [t.lang, t.text, t.status, t.id])).toEqual([
      ['ru', 'Киев', 'preferred', 1],
      ['en', 'Kiev', 'forbidden', 2],
      ['en', 'Kiyv', 'admitted', 3],
      ['en', 'Kyiv', 'preferred', undefined],
    ]);
  });

  it('demotes a different preferred English term to admitted', () => {
    const out = recordedTerms([term(1, 'en', 'Andrei Kortunov', 'preferred')], 'Andrey Kortunov', 'Andrei Kortunov');
    expect(out.filter((t) => t.status === 'preferred').map((t) => t.text)).toEqual(['Andrey Kortunov']);
    const out2 = recordedTerms([term(1, 'en', 'A. Kortunov', 'preferred')], 'Andrey Kortunov', 'Andrei Kortunov');
    expect(out2.map((t) => [t.text, t.status])).toEqual([
      ['A. Kortunov', 'admitted'],
      ['Andrey Kortunov', 'preferred'],
      ['Andrei Kortunov', 'forbidden'],
    ]);
  });
});
