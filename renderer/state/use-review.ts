import { useCallback, useState } from 'react';
import type { Output } from '../../shared/contract';
import { useApi } from './api-context';
import { useRefetch } from './use-refetch';

/** What a hand edit taught: a rendering to record in the glossary and the other places to fix. */
export type LearnSuggestion = NonNullable<Output<'review.learn'>['suggestion']> & { segmentId: number };

type Findings = Output<'review.findings'>['findings'];
/** One empty list, so that memos over the findings hold while they load. */
const NO_FINDINGS: Findings = [];

/** The findings and post-editing measures of the open document, kept current as it changes. */
export function useReview(documentId: number, version: unknown) {
  const api = useApi();
  const { data, error, refresh } = useRefetch(documentId, version, () => api.call('review.findings', { documentId }));
  const [suggestion, setSuggestion] = useState<LearnSuggestion | null>(null);

  /** Asks the server whether a finished typing session corrected a name; keeps the last suggestion. */
  const learn = useCallback(
    (segmentId: number, before: string, after: string) => {
      api
        .call('review.learn', { documentId, segmentId, before, after })
        .then(({ suggestion: next }) => {
          if (next) setSuggestion({ ...next, segmentId });
        })
        // Learning is a courtesy: a failure must not get in the way of editing.
        .catch(() => undefined);
    },
    [api, documentId],
  );

  return {
    findings: data?.findings ?? NO_FINDINGS,
    measures: data?.measures ?? null,
    loaded: data !== null,
    error,
    refresh,
    suggestion,
    learn,
    dismissSuggestion: useCallback(() => setSuggestion(null), []),
  };
}

export type Review = ReturnType<typeof useReview>;
