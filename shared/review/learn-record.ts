// What recording a learned rendering does to a concept's terms: the editor's spelling becomes the
// preferred English, the one it replaced is forbidden, and a former preferred English is kept as
// admitted (it may still be right elsewhere). Russian terms and notes are left as they are.
import type { TermStatus } from '../model';

export interface RecordedTerm {
  id?: number;
  uuid?: string;
  lang: 'ru' | 'en';
  text: string;
  status: TermStatus;
  caseSensitive?: boolean;
  partOfSpeech?: string | null;
  note?: string | null;
}

export function recordedTerms(terms: readonly RecordedTerm[], approved: string, forbidden: string): RecordedTerm[] {
  const out: RecordedTerm[] = terms.map((term) => {
    if (term.lang !== 'en') return term;
    if (term.text === approved) return { ...term, status: 'preferred' };
    if (term.text === forbidden) return { ...term, status: 'forbidden' };
    return term.status === 'preferred' ? { ...term, status: 'admitted' } : term;
  });
  if (!out.some((t) => t.lang === 'en' && t.text === approved)) out.push({ lang: 'en', text: approved, status: 'preferred' });
  if (!out.some((t) => t.lang === 'en' && t.text === forbidden)) out.push({ lang: 'en', text: forbidden, status: 'forbidden' });
  return out;
}
