// TMX 1.4b: one <tu> per row, a Russian and an English <tuv>; the English is the corrected text,
// so a translation memory built from the file reuses what the editor approved. The machine
// translation as imported, the row's state and a kind other than text are <prop>s of the tu
// ("x-sverka-mt", "x-sverka-state", "x-sverka-kind"): Translate Toolkit and other readers take
// the first two tuvs as source and target and leave the props alone.
import { xmlAttr, xmlText } from './escape';
import { mtText, rowKind, sourceText, targetText } from './rows';
import type { ExportDocument, ExportRow } from './types';

/** 2024-05-01T09:30:00.000Z → 20240501T093000Z, the form TMX dates take. */
export function tmxDate(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function tu(row: ExportRow, doc: ExportDocument): string {
  const kind = rowKind(row);
  const mt = mtText(row);
  const props = [`<prop type="x-sverka-state">${row.state}</prop>`];
  if (kind !== 'text') props.push(`<prop type="x-sverka-kind">${kind}</prop>`);
  if (mt) props.push(`<prop type="x-sverka-mt">${xmlText(mt)}</prop>`);
  return [
    `<tu tuid="${row.position + 1}">`,
    ...props,
    `<tuv xml:lang="${doc.sourceLang}"><seg>${xmlText(sourceText(row))}</seg></tuv>`,
    `<tuv xml:lang="${doc.targetLang}"><seg>${xmlText(targetText(row))}</seg></tuv>`,
    '</tu>',
  ].join('');
}

export function tmx(doc: ExportDocument): string {
  const header = [
    'creationtool="Sverka"',
    `creationtoolversion="${xmlAttr(doc.appVersion)}"`,
    'segtype="sentence"',
    'o-tmf="Sverka"',
    'adminlang="en"',
    `srclang="${doc.sourceLang}"`,
    'datatype="plaintext"',
    `creationdate="${tmxDate(doc.exportedAt)}"`,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `<header ${header.join(' ')}><prop type="x-sverka-title">${xmlText(doc.title)}</prop></header>`,
    '<body>',
    ...doc.rows.map((row) => tu(row, doc)),
    '</body>',
    '</tmx>',
    '',
  ].join('\n');
}
