import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Output } from '../../../shared/contract';
import type { ConceptType } from '../../../shared/model';
import { useApi } from '../../state/api-context';
import { asApiError } from '../../state/errors';

export type GlossaryInfo = Output<'glossaries.list'>[number];
export type ConceptData = Output<'concepts.get'>;
export type Candidate = Output<'terms.candidates'>[number];

/** Search answers as the editor types, but not on every keystroke. */
export const SEARCH_DEBOUNCE_MS = 150;

/** Every glossary, and the ones this document is reviewed against. */
export function useDocumentGlossaries(documentId: number, version: number) {
  const api = useApi();
  const [all, setAll] = useState<GlossaryInfo[] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.call('glossaries.list', {}), api.call('glossaries.forDocument', { documentId })])
      .then(([list, chosen]) => {
        if (!live) return;
        setAll(list);
        setSelected(chosen.glossaryIds);
        setError(null);
      })
      .catch((e) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [api, documentId, version]);

  const choose = useCallback(
    async (glossaryIds: number[]) => {
      setSelected(glossaryIds);
      try {
        const result = await api.call('glossaries.setForDocument', { documentId, glossaryIds });
        setSelected(result.glossaryIds);
      } catch (e) {
        setError(asApiError(e));
      }
    },
    [api, documentId],
  );

  return { all, selected, choose, error, setError };
}

/** Concepts of some glossaries matching a query and a type; the query is debounced. */
export function useConceptSearch(glossaryIds: number[], query: string, type: ConceptType | '', version: number) {
  const api = useApi();
  const [concepts, setConcepts] = useState<ConceptData[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const key = glossaryIds.join(',');
  const first = useRef(true);

  useEffect(() => {
    let live = true;
    const run = () => {
      if (key === '') {
        setConcepts([]);
        return;
      }
      api
        .call('concepts.list', {
          glossaryIds: key.split(',').map(Number),
          query: query.trim() || undefined,
          type: type || undefined,
          limit: 500,
        })
        .then((list) => {
          if (!live) return;
          setConcepts(list);
          setError(null);
        })
        .catch((e) => live && setError(asApiError(e)));
    };
    // Only typing waits; opening the panel or a change in the glossary shows at once.
    const wait = first.current || !query ? 0 : SEARCH_DEBOUNCE_MS;
    first.current = false;
    const timer = setTimeout(run, wait);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key, query, type, version]);

  return { concepts, error };
}

/** Names and titles the document has that its glossaries do not. */
export function useCandidates(documentId: number, version: number, enabled: boolean) {
  const api = useApi();
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api
      .call('terms.candidates', { documentId })
      .then((list) => {
        if (!live) return;
        setCandidates(list);
        setError(null);
      })
      .catch((e) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [api, documentId, version, enabled]);
  return { candidates, error };
}

/** Transliterations of a Russian term, fetched when it stops changing. */
export function useTransliterations(text: string) {
  const api = useApi();
  const [suggestions, setSuggestions] = useState<Output<'terms.transliterate'>>([]);
  useEffect(() => {
    const trimmed = text.trim();
    if (!trimmed) {
      setSuggestions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('terms.transliterate', { text: trimmed.slice(0, 500) })
        .then((list) => live && setSuggestions(list))
        .catch(() => live && setSuggestions([]));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, text]);
  return suggestions;
}
