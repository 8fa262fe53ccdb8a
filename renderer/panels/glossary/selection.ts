import { useEffect, useRef } from 'react';

/** Words the editor selected in one pane, and the sentence they came from. */
export interface PickedText {
  text: string;
  segmentId: number | null;
}

export interface PickedPair {
  source: PickedText | null;
  target: PickedText | null;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

const segmentOf = (node: Node | null): number | null => {
  const element = node instanceof Element ? node : node?.parentElement;
  const holder = element?.closest<HTMLElement>('[data-segment-id]');
  return holder ? Number(holder.dataset.segmentId) : null;
};

/** The page's selection when it lies in the Russian original, else null. */
export function sourceSelection(): PickedText | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const element = container instanceof Element ? container : container.parentElement;
  if (!element?.closest('.row__source')) return null;
  const text = clean(selection.toString());
  return text ? { text, segmentId: segmentOf(range.startContainer) } : null;
}

function targetSelection(area: HTMLTextAreaElement): PickedText | null {
  if (!area.closest('.row__target')) return null;
  const text = clean(area.value.slice(area.selectionStart, area.selectionEnd));
  return text ? { text, segmentId: segmentOf(area) } : null;
}

/** Ctrl+Shift+G (Cmd on a Mac), by key position so a Russian layout works too. */
export function isAddSelectionShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && (event.code === 'KeyG' || event.key.toLowerCase() === 'g');
}

/**
 * Remembers the last words selected in each pane. Clicking into the translation to select its
 * English moves the page's selection away from the original, and a textarea's own selection is
 * not the page's, so both are kept as they are made.
 */
export function useSelectionMemory(onShortcut: () => void) {
  const last = useRef<PickedPair>({ source: null, target: null });
  const shortcut = useRef(onShortcut);
  shortcut.current = onShortcut;

  useEffect(() => {
    const remember = (event: Event) => {
      if (event.target instanceof HTMLTextAreaElement) {
        const picked = targetSelection(event.target);
        if (picked) last.current.target = picked;
        return;
      }
      const picked = sourceSelection();
      if (picked) last.current.source = picked;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isAddSelectionShortcut(event)) return;
      event.preventDefault();
      shortcut.current();
    };
    document.addEventListener('mouseup', remember, true);
    document.addEventListener('keyup', remember, true);
    document.addEventListener('select', remember, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('mouseup', remember, true);
      document.removeEventListener('keyup', remember, true);
      document.removeEventListener('select', remember, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  /** What is selected now (or was last), and forgets it: one selection makes one term. */
  return () => {
    const pair: PickedPair = { source: sourceSelection() ?? last.current.source, target: last.current.target };
    last.current = { source: null, target: null };
    return pair;
  };
}
