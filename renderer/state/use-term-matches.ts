import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Highlight } from '../components/Highlighted';
import { useApi } from './api-context';
import { useRefetch } from './use-refetch';

/** Glossary terms found in the open document, as highlights for both panes. */
export function useTermMatches(documentId: number, version: unknown) {
  const api = useApi();
  const { t } = useTranslation();
  const { data, refresh } = useRefetch(documentId, version, () => api.call('terms.matches', { documentId }));
  const highlights = useMemo<Highlight[]>(
    () =>
      (data ?? []).map((m) => ({
        segmentId: m.segmentId,
        start: m.start,
        end: m.end,
        kind: m.how === 'forbidden' ? 'forbidden' : 'term',
        title: m.approved ? t('glossary.approvedTooltip', { approved: m.approved }) : undefined,
      })),
    [data, t],
  );
  return { matches: data ?? [], highlights, refresh };
}
