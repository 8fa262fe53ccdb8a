import { useCallback, useEffect, useState } from 'react';
import type { ApiError, EventName, Input, MethodName, Output } from '../../shared/contract';
import { useApi } from './api-context';
import { asApiError } from './errors';
import { runnerReportingErrors } from './reporting-errors';

type ListMethod = Extract<MethodName, 'documents.list' | 'glossaries.list'>;

interface Options {
  /** Changes whenever the list may be stale for a reason the server does not announce. */
  refreshKey?: unknown;
  /** An event after which the list is fetched again (changes made in another window). */
  reloadOn?: EventName;
}

/**
 * A list screen's data: `items` is null until the first answer; `run` makes a change (rename,
 * delete…), shows its failure in `error` and fetches the list again.
 */
export function useServerList<M extends ListMethod>(method: M, { refreshKey, reloadOn }: Options = {}) {
  const api = useApi();
  const [items, setItems] = useState<Output<M> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    api
      .call(method, {} as Input<M>)
      .then((list) => {
        setItems(list);
        setError(null);
      })
      .catch((e) => setError(asApiError(e)));
  }, [api, method]);

  useEffect(load, [load, refreshKey]);
  useEffect(() => (reloadOn ? api.on(reloadOn, load) : undefined), [api, load, reloadOn]);

  return { items, error, run: runnerReportingErrors(setError, load) };
}
