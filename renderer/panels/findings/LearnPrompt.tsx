import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../state/api-context';
import { asApiError } from '../../state/errors';
import type { useDocument } from '../../state/use-document';
import type { LearnSuggestion } from '../../state/use-review';


type Glossary = Output<'glossaries.list'>[number];

/**
 * The non-modal question after the editor corrected a name by hand: record the correction in one
 * of the document's glossaries and fix the other places, only fix the other places, or not now.
 */
export function LearnPrompt({
  documentId,
  suggestion,
  doc,
  onClose,
  onReport,
}: {
  documentId: number;
  suggestion: LearnSuggestion;
  doc: ReturnType<typeof useDocument>;
  onClose: () => void;
  onReport: (message: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [glossaries, setGlossaries] = useState<Glossary[] | null>(null);
  const [glossaryId, setGlossaryId] = useState<number | null>(null);
  const [source, setSource] = useState(suggestion.source ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const others = suggestion.occurrences.filter((o) => o.segmentId !== suggestion.segmentId).length;

  useEffect(() => {
    let live = true;
    Promise.all([api.call('glossaries.forDocument', { documentId }), api.call('glossaries.list', {})])
      .then(([chosen, all]) => {
        if (!live) return;
        const mine = all.filter((g) => chosen.glossaryIds.includes(g.id));
        setGlossaries(mine);
        setGlossaryId(mine[0]?.id ?? null);
      })
      .catch((e) => live && setError(asApiError(e).message));
    return () => {
      live = false;
    };
  }, [api, documentId]);

  useEffect(() => setSource(suggestion.source ?? ''), [suggestion]);

  const report = (replaced: number, recorded: boolean) =>
    onReport(
      [recorded ? t('findings.learn.recorded', { approved: suggestion.approved }) : '', t('findings.learn.fixedPlaces', { count: replaced })]
        .filter(Boolean)
        .join(' '),
    );

  const run = async (record: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const occurrences = suggestion.occurrences.filter((o) => o.segmentId !== suggestion.segmentId);
      const result = await doc.applyEdit(() =>
        api.call('review.applyLearned', {
          documentId,
          approved: suggestion.approved,
          forbidden: suggestion.forbidden,
          record: record ? { conceptId: suggestion.conceptId, glossaryId: glossaryId ?? undefined, source: source.trim(), type: suggestion.type } : null,
          occurrences,
        }),
      );
      report(result?.replaced ?? 0, record);
      onClose();
    } catch (e) {
      setError(asApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  // An existing concept is updated wherever it lives; a new one needs a glossary and its Russian.
  const canRecord = suggestion.conceptId !== null || (glossaryId !== null && source.trim() !== '');
  const names = { approved: suggestion.approved, forbidden: suggestion.forbidden };
  const question = others > 0 ? t('findings.learn.question', { ...names, count: others }) : t('findings.learn.questionAlone', names);

  return (
    <section className="learn-prompt" role="region" aria-labelledby={`${id}-q`} data-testid="learn-prompt">
      <p id={`${id}-q`} className="learn-prompt__question">
        {question}
      </p>
      {glossaries === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : suggestion.conceptId !== null ? null : glossaries.length === 0 ? (
        <p className="muted">{t('findings.learn.noGlossary')}</p>
      ) : (
        <div className="learn-prompt__fields">
          <label htmlFor={`${id}-g`}>{t('findings.learn.glossary')}</label>
          <select id={`${id}-g`} value={glossaryId ?? ''} onChange={(e) => setGlossaryId(Number(e.target.value))}>
            {glossaries.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          {suggestion.source === null && (
            <>
              <label htmlFor={`${id}-s`}>{t('findings.learn.source')}</label>
              <input id={`${id}-s`} type="text" lang="ru" value={source} onChange={(e) => setSource(e.target.value)} />
            </>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="learn-prompt__error">
          {error}
        </p>
      )}
      <div className="learn-prompt__actions">
        {(suggestion.conceptId !== null || (glossaries?.length ?? 0) > 0) && (
          <button type="button" className="button button--small button--primary" disabled={busy || !canRecord} onClick={() => void run(true)}>
            {t('findings.learn.record')}
          </button>
        )}
        <button type="button" className="button button--small" disabled={busy || others === 0} onClick={() => void run(false)}>
          {t('findings.learn.onlyFix')}
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={onClose}>
          {t('findings.learn.notNow')}
        </button>
      </div>
    </section>
  );
}
