import { useMenu } from './use-menu';

export interface MenuButtonItem {
  id: string;
  label: string;
  onSelect: () => void;
}

interface Props {
  /** The button's visible text. */
  text: string;
  /** Its accessible name, when the text alone does not say what it acts on. */
  label?: string;
  items: MenuButtonItem[];
  disabled?: boolean;
  className?: string;
}

/** A labelled button that opens a short menu: arrow keys move, Escape closes and returns focus. */
export function MenuButton({ text, label, items, disabled, className }: Props) {
  const { open, setOpen, close, button, menu, onKeyDown } = useMenu();

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className={className ?? 'button button--small'}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {text}
        <span className="menu-button__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div ref={menu} className="menu-button__list" role="menu" aria-label={label ?? text} onKeyDown={onKeyDown}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              data-action={item.id}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
