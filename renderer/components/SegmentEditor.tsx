import { memo, useEffect, useRef } from 'react';
import type { Segment } from '../../shared/model';
import { HighlightedText, noHighlights, type Highlight } from './Highlighted';
import { WordDiff } from './WordDiff';

interface Props {
  segment: Segment;
  label: string;
  showChanges: boolean;
  onChange: (segmentId: number, text: string) => void;
  onFocus: (segmentId: number) => void;
  onDone: (segmentId: number) => void;
  highlights?: readonly Highlight[];
}

/** A sentence is one line of text: line breaks typed or pasted become spaces. */
const oneLine = (text: string) => text.replace(/\r\n?|\n/g, ' ');

/**
 * One target sentence, edited in place. A plain textarea (text in, text out) over a twin of its
 * text in the same grid cell: the twin makes the textarea grow with its content (no height is
 * measured in script) and, drawn behind the transparent textarea, shows the highlights.
 */
export const SegmentEditor = memo(function SegmentEditor({ segment, label, showChanges, onChange, onFocus, onDone, highlights = noHighlights }: Props) {
  const focused = useRef(false);
  const edited = segment.current !== segment.original;

  // A row scrolled out of the virtual list unmounts without a blur: end the typing session anyway.
  useEffect(() => {
    const id = segment.id;
    return () => {
      if (focused.current) onDone(id);
    };
  }, [segment.id, onDone]);

  return (
    <div className={`segment-editor${edited ? ' is-edited' : ''}`} data-segment-id={segment.id}>
      <div className="grow-wrap">
        <div className="grow-wrap__backdrop" aria-hidden="true">
          <HighlightedText text={segment.current} highlights={highlights} />{' '}
        </div>
        <textarea
          className="segment-editor__input"
          value={segment.current}
          rows={1}
          lang="en"
          spellCheck
          aria-label={label}
          title={tooltip(highlights)}
          onChange={(event) => onChange(segment.id, oneLine(event.target.value))}
          onFocus={() => {
            focused.current = true;
            onFocus(segment.id);
          }}
          onBlur={() => {
            focused.current = false;
            onDone(segment.id);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) event.preventDefault();
          }}
        />
      </div>
      {showChanges && edited && <WordDiff before={segment.original} after={segment.current} />}
    </div>
  );
});

/** The marks sit behind the textarea, out of the mouse's reach; the textarea carries their tooltips. */
function tooltip(highlights: readonly Highlight[]): string | undefined {
  const titles = [...new Set(highlights.map((h) => h.title).filter(Boolean))];
  return titles.length ? titles.join('\n') : undefined;
}
