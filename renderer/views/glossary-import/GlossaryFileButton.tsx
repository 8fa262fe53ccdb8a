import { useRef } from 'react';
import type { PickedFile } from './use-glossary-import';

export const GLOSSARY_FILES = '.tbx,.xml,.csv,.tsv,.txt';

interface Props {
  text: string;
  /** The accessible name, when the text alone does not say which glossary. */
  label?: string;
  className?: string;
  onPicked: (file: PickedFile) => void;
  onUnreadable: (message: string) => void;
}

/** A button that opens the file picker for a glossary file and hands over its text. */
export function GlossaryFileButton({ text, label, className, onPicked, onUnreadable }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className ?? 'button button--small'} aria-label={label} onClick={() => input.current?.click()}>
        {text}
      </button>
      <input
        ref={input}
        type="file"
        accept={GLOSSARY_FILES}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file picked twice in a row must still arrive.
          event.target.value = '';
          if (!file) return;
          file.text().then(
            (content) => onPicked({ fileName: file.name, content }),
            (error: unknown) => onUnreadable(error instanceof Error ? error.message : String(error)),
          );
        }}
      />
    </>
  );
}
