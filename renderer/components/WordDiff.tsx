import { diffWordsWithSpace } from 'diff';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The machine translation against the current text, word by word, as plain text nodes. */
export const WordDiff = memo(function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  return (
    <p className="word-diff" aria-label={t('row.changesLabel')}>
      {parts.map((part, i) =>
        part.removed ? (
          <del key={i} title={t('row.removed')}>
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={i} title={t('row.added')}>
            {part.value}
          </ins>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
});
