import { useCallback, useState } from 'react';
import { compareFindings } from '../../shared/checks/order';
import type { Output } from '../../shared/contract';
import { useApi } from './api-context';
import { useRefetch } from './use-refetch';

/** What a hand edit taught: a rendering to record in the glossary and the other places to fix. */
export type LearnSuggestion = NonNullable<Output<'review.learn'>['suggestion']> & { segmentId: number };

type Findings = Output<'review.findings'>['findings'];
type FindingsDelta = Output<'review.fix'>['findings'];
/** One empty list, so that memos over the findings hold while they load. */
const NO_FINDINGS: Findings = [];

/** The findings and post-editing measures of the open document, kept current as it changes. */
export function useReview(documentId: number, version: unknown) {
  const api = useApi();
  const { data, error, refresh, patch } = useRefetch(documentId, version, () => api.call('review.findings', { documentId }));

  /** The findings an action added or changed, and those it removed, as the server answered them. */
  const applyDelta = useCallback(
    (delta: FindingsDelta) =>
      patch((current) => {
        const removed = new Set(delta.removed);
        const added = new Map(delta.added.map((f) => [f.key, f]));
        const kept = current.findings.filter((f) => !removed.has(f.key) && !added.has(f.key));
        return { ...current, findings: [...kept, ...added.values()].sort(compareFindings) };
      }),
    [patch],
  );

  /** A dismissal or restore changes one flag; nothing else about the findings. */
  const markDismissed = useCallback(
    (keys: string[], dismissed: boolean) =>
      patch((current) => {
        const changed = new Set(keys);
        return { ...current, findings: current.findings.map((f) => (changed.has(f.key) ? { ...f, dismissed } : f)) };
      }),
    [patch],
  );
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
    applyDelta,
    markDismissed,
    suggestion,
    learn,
    dismissSuggestion: useCallback(() => setSuggestion(null), []),
  };
}

export type Review = ReturnType<typeof useReview>;
