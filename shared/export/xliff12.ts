// XLIFF 1.2 (OASIS, urn:oasis:names:tc:xliff:document:1.2), for tools that read no 2.0:
//   one <trans-unit> per row; the row's state mapped to 1.2's values: initial → needs-translation,
//   translated → translated, reviewed → signed-off with approved="yes" (Translate Toolkit reads
//   that pair as final); the machine translation as imported in <alt-trans origin="machine
//   translation">; page furniture translate="no"; a kind other than text in a <note from="sverka">.
import { xmlAttr, xmlText } from './escape';
import { mtText, rowKind, sourceText, targetText } from './rows';
import type { ExportDocument, ExportRow, RowState } from './types';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

export const XLIFF12_STATES: Record<RowState, string> = {
  initial: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
};

/** What Translate Toolkit and most 1.2 tools call machine output in alt-trans. */
export const MT_ORIGIN = 'machine translation';

function transUnit(row: ExportRow, targetLang: string): string {
  const kind = rowKind(row);
  const mt = mtText(row);
  const attributes = [`id="${row.position + 1}"`, 'xml:space="preserve"'];
  if (row.state === 'reviewed') attributes.push('approved="yes"');
  if (kind === 'furniture') attributes.push('translate="no"');
  return [
    `<trans-unit ${attributes.join(' ')}>`,
    `<source>${xmlText(sourceText(row))}</source>`,
    `<target state="${XLIFF12_STATES[row.state]}">${xmlText(targetText(row))}</target>`,
    mt ? `<alt-trans origin="${MT_ORIGIN}"><target xml:lang="${targetLang}">${xmlText(mt)}</target></alt-trans>` : '',
    kind === 'text' ? '' : `<note from="sverka">${kind}</note>`,
    '</trans-unit>',
  ].join('');
}

export function xliff12(doc: ExportDocument): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF12_NS}" version="1.2">`,
    `<file original="${xmlAttr(doc.sourceName)}" source-language="${doc.sourceLang}" target-language="${doc.targetLang}" datatype="plaintext" tool-id="sverka">`,
    `<header><tool tool-id="sverka" tool-name="Sverka" tool-version="${xmlAttr(doc.appVersion)}"/><note from="sverka">${xmlText(doc.title)}</note></header>`,
    '<body>',
    ...doc.rows.map((row) => transUnit(row, doc.targetLang)),
    '</body>',
    '</file>',
    '</xliff>',
    '',
  ].join('\n');
}
