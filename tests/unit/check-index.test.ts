import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, runChecks } from '../../shared/checks/index';
import { findingKey, withKeys, type FindingDraft } from '../../shared/checks/types';
import { CHECK_IDS } from '../../shared/model';
import { context, withTargetText } from './check-helpers';

const sample = () =>
  context(
    [['Перейти к основному содержанию'], ['Skip to main content'], { kind: 'furniture' }],
    [['Украина наносит 3,5 тыс. ударов.'], ['Ukraine carries out 3,300 strikes in «Belgorod».']],
    [['ВСУ'], ['ВСУ'], { kind: 'caption' }],
    [['Второе предложение.'], []],
    [[], ['Переведено сервисом «Яндекс Переводчик»'], { kind: 'furniture' }],
  );

describe('ALL_CHECKS', () => {
  it('has one check per id, each a known id with a description', () => {
    const ids = ALL_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of ALL_CHECKS) {
      expect(CHECK_IDS).toContain(check.id);
      expect(check.describe.length).toBeGreaterThan(10);
    }
  });
});

describe('runChecks', () => {
  it('returns findings by row, then in the order of CHECK_IDS', () => {
    const findings = runChecks(sample());
    expect(findings.map((f) => [f.row, f.check])).toEqual([
      [0, 'page-furniture'],
      [1, 'number-mismatch'],
      [1, 'typography'],
      [2, 'untranslated'],
      [3, 'untranslated'],
      [4, 'extra-text'],
    ]);
  });

  it('runs only the checks asked for', () => {
    const findings = runChecks(sample(), ['untranslated', 'extra-text']);
    expect(new Set(findings.map((f) => f.check))).toEqual(new Set(['untranslated', 'extra-text']));
    expect(runChecks(sample(), [])).toEqual([]);
  });

  it('gives findings distinct keys', () => {
    const findings = runChecks(sample());
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });

  it('keeps every key when another row is edited', () => {
    const ctx = sample();
    const before = runChecks(ctx, ['number-mismatch', 'untranslated', 'page-furniture']).map((f) => f.key);
    const edited = withTargetText(ctx, 1001, 'Skip to the main content of the page');
    const after = runChecks(edited, ['number-mismatch', 'untranslated', 'page-furniture']).map((f) => f.key);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).not.toBe(before[0]);
  });
});

describe('finding keys', () => {
  const draft = (target: string, start = 0): FindingDraft => ({
    check: 'typography',
    severity: 'warning',
    row: 3,
    target: { segmentId: 7, start, end: start + target.length, text: target },
    message: { key: 'findingMessages.typography.doubleSpace', params: {} },
  });

  it('depend on check, segment and text, not on offsets or the row position', () => {
    expect(findingKey(draft('a  b', 0))).toBe(findingKey(draft('a  b', 40)));
    // Rows are merged, split and moved; segments keep their ids, so a dismissal stays put.
    expect(findingKey(draft('a  b'))).toBe(findingKey({ ...draft('a  b'), row: 4 }));
    const elsewhere = draft('a  b');
    expect(findingKey(draft('a  b'))).not.toBe(findingKey({ ...elsewhere, target: { ...elsewhere.target!, segmentId: 99 } }));
    expect(findingKey(draft('a  b'))).not.toBe(findingKey({ ...draft('a  b'), rule: 'other' }));
  });

  it('cannot be confused by separators inside the text', () => {
    const a = findingKey({ ...draft('x|t=y'), source: { segmentId: 1, start: 0, end: 1, text: 'p' } });
    const b = findingKey({ ...draft('y'), source: { segmentId: 1, start: 0, end: 7, text: 'p|t=x' } });
    expect(a).not.toBe(b);
  });

  it('number equal findings in order and drop the rule field', () => {
    const findings = withKeys([{ ...draft('a  b'), rule: 'double-space' }, { ...draft('a  b', 9), rule: 'double-space' }]);
    expect(findings[0].key).not.toBe(findings[1].key);
    expect(findings[1].key.endsWith('#1')).toBe(true);
    expect('rule' in findings[0]).toBe(false);
  });
});
