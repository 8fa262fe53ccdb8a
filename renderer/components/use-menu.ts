import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

const ITEMS = '[role="menuitem"]:not(:disabled)';

/**
 * What a button with a short menu needs: open and close, the first item focused on opening, a
 * click outside closes, arrow keys, Home and End move between the enabled items, Escape closes
 * and returns focus to the button (inside a modal it closes the menu only), Tab closes.
 */
export function useMenu(onOpenChange?: (open: boolean) => void) {
  const [open, setOpenState] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const setOpen = (value: boolean) => {
    setOpenState(value);
    onOpenChange?.(value);
  };

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>(ITEMS)?.focus();
    const outside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLButtonElement>(ITEMS) ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      entries[(at + step + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? entries[0] : entries[entries.length - 1])?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return { open, setOpen, close, button, menu, onKeyDown };
}
