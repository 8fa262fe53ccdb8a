import { memo, useEffect, useRef } from 'react';
import type { Segment } from '../../shared/model';
import { WordDiff } from './WordDiff';

interface Props {
  segment: Segment;
  label: string;
  showChanges: boolean;
  onChange: (segmentId: number, text: string) => void;
  onFocus: (segmentId: number) => void;
  onDone: (segmentId: number) => void;
}

/** A sentence is one line of text: line breaks typed or pasted become spaces. */
const oneLine = (text: string) => text.replace(/\r\n?|\n/g, ' ');

/**
 * One target sentence, edited in place. A plain textarea (text in, text out) that grows with its
 * content through a hidden twin in the same grid cell, so no height is measured in script.
 */
export const SegmentEditor = memo(function SegmentEditor({ segment, label, showChanges, onChange, onFocus, onDone }: Props) {
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
      <div className="grow-wrap" data-replica={`${segment.current} `}>
        <textarea
          className="segment-editor__input"
          value={segment.current}
          rows={1}
          lang="en"
          spellCheck
          aria-label={label}
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
