import { useMenu } from './use-menu';
import { useTranslation } from 'react-i18next';

export interface MenuItem {
  id: string;
  label: string;
  disabled?: boolean;
  onSelect: () => void;
}

/** A small menu button: arrow keys move between items, Escape closes and returns focus. */
export function RowMenu({ label, items, onOpenChange }: { label: string; items: MenuItem[]; onOpenChange?: (open: boolean) => void }) {
  const { t } = useTranslation();
  const { open, setOpen, close, button, menu, onKeyDown } = useMenu(onOpenChange);

  return (
    <div className="row-menu">
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label={label}
        title={t('row.actionsTitle')}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div ref={menu} className="row-menu__list" role="menu" aria-label={label} onKeyDown={onKeyDown}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              data-action={item.id}
              disabled={item.disabled}
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
