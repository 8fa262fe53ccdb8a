// TBX v2 (ISO 30042:2008, TBX-Basic 2): <martif>, martifHeader, termEntry / langSet / tig / term.
// What OmegaT, Weblate and Translate Toolkit read: the first <term> of the first <langSet> is the
// source, of the second the target, and <note> elements the comments — so Russian is written
// first and the preferred English term leads its <langSet>. The data categories, and the
// extensions for what TBX-Basic lacks, are those of TBX v3: see the mapping in tbx.ts.
import type { ExchangeGlossary, ParsedGlossary } from './glossary-exchange';
import { readTbx, writeTbx, type TbxDialect } from './tbx';

export const TBX_V2: TbxDialect = {
  label: 'TBX v2',
  root: 'martif',
  rootAttrs: { type: 'TBX', 'xml:lang': 'en' },
  header: 'martifHeader',
  entry: 'termEntry',
  langSec: 'langSet',
  termSecs: ['tig', 'ntig'],
  wrongRoot: (root) => (root.name === 'tbx' ? 'this is TBX v3 (its root is <tbx>): import it as TBX v3' : null),
  checkRoot: () => null,
};

export const parseTbx2 = (text: string): ParsedGlossary => readTbx(text, TBX_V2);
export const formatTbx2 = (glossary: ExchangeGlossary): string => writeTbx(glossary, TBX_V2);
