import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/contract';
import { useApi } from './api-context';
import { asApiError } from './errors';

/** Typing changes the rows on every keystroke; a re-check waits until the typing pauses. */
const SETTLE_MS = 400;

/**
 * Data derived from a document on the server (findings, glossary matches) that must follow the
 * document: fetched when it opens, again when `version` changes (an edit, an undo) once things
 * settle, and when a glossary the document uses changes.
 */
export function useRefetch<T>(documentId: number, version: unknown, load: () => Promise<T>) {
  const api = useApi();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const first = useRef(true);

  useEffect(() => {
    first.current = true;
    setData(null);
  }, [documentId]);

  useEffect(
    () =>
      api.on('glossary.changed', (event) => {
        if (event.documentId === null || event.documentId === documentId) setTick((n) => n + 1);
      }),
    [api, documentId],
  );

  useEffect(() => {
    let live = true;
    const run = () =>
      loadRef
        .current()
        .then((value) => {
          if (!live) return;
          setData(value);
          setError(null);
        })
        .catch((e) => live && setError(asApiError(e)));
    if (first.current) {
      first.current = false;
      run();
      return () => {
        live = false;
      };
    }
    const timer = setTimeout(run, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [documentId, version, tick]);

  return {
    data,
    error,
    refresh: () => setTick((n) => n + 1),
    /** Changes the data in place with what the server answered, without fetching it again. */
    patch: (change: (data: T) => T) => setData((current) => (current === null ? current : change(current))),
  };
}
