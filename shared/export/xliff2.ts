// XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0), core module only:
//   one <unit> per row, holding one <segment> with the original and the corrected translation;
//   the segment's state is the row's (initial, translated, reviewed: see the export service);
//   page furniture is a unit with translate="no"; a row's kind other than text and the machine
//   translation as imported are <note>s with the categories "x-sverka-kind" and "x-sverka-mt"
//   (no module namespace, so any core-only reader accepts the file).
import { xmlAttr, xmlText } from './escape';
import { mtText, needsPreserve, rowKind, sourceText, targetText } from './rows';
import type { ExportDocument, ExportRow } from './types';

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';

const space = (text: string) => (needsPreserve(text) ? ' xml:space="preserve"' : '');

function unit(row: ExportRow): string {
  const kind = rowKind(row);
  const source = sourceText(row);
  const target = targetText(row);
  const mt = mtText(row);
  const notes: string[] = [];
  if (kind !== 'text') notes.push(`<note category="x-sverka-kind">${kind}</note>`);
  if (mt) notes.push(`<note category="x-sverka-mt" appliesTo="target">${xmlText(mt)}</note>`);
  const id = row.position + 1;
  return [
    `<unit id="${id}"${kind === 'furniture' ? ' translate="no"' : ''}>`,
    notes.length ? `<notes>${notes.join('')}</notes>` : '',
    `<segment id="s${id}" state="${row.state}">`,
    `<source${space(source)}>${xmlText(source)}</source>`,
    `<target${space(target)}>${xmlText(target)}</target>`,
    '</segment></unit>',
  ].join('');
}

export function xliff2(doc: ExportDocument): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NS}" version="2.0" srcLang="${doc.sourceLang}" trgLang="${doc.targetLang}">`,
    `<file id="f1" original="${xmlAttr(doc.sourceName)}">`,
    `<notes><note category="x-sverka-title">${xmlText(doc.title)}</note></notes>`,
    ...doc.rows.map(unit),
    '</file>',
    '</xliff>',
    '',
  ].join('\n');
}
