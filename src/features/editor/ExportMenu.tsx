// The export menu of the editor: a disclosure button that opens the diagram's formats (BPMN 2.0
// XML, SVG, PNG) and any further exports given by other features (report, spreadsheets, BPMN with
// scores). Escape or a click elsewhere closes it and returns the focus to the button; moving the
// focus out of the button and its items (Tab, Shift+Tab) closes it too and leaves the focus where it
// went, so the open list never covers the control the keyboard has moved on to. The list is as
// wide as its longest item and opens leftwards where it would cross the window's right edge.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

export const exportFormats = ['bpmn', 'svg', 'png'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A further choice below the diagram's formats. */
export interface ExportMenuItem {
  id: string;
  label: string;
  onSelect: () => void;
}

export interface ExportMenuProps {
  onExport: (format: ExportFormat) => void;
  disabled?: boolean;
  extraItems?: readonly ExportMenuItem[];
}

export function ExportMenu({ onExport, disabled, extraItems = [] }: ExportMenuProps) {
  const { t } = useTranslation('editor');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useLayoutEffect(() => {
    const list = listRef.current;
    const root = rootRef.current;
    if (!open || !list || !root) return;
    const margin = 8;
    const box = list.getBoundingClientRect();
    if (box.right <= document.documentElement.clientWidth - margin) return;
    // it opens leftwards instead, its right edge under the button's, but never past the window's left edge
    const rootBox = root.getBoundingClientRect();
    list.style.left = `${Math.max(rootBox.right - box.width, margin) - rootBox.left}px`;
  }, [open]);

  const formatItems = exportFormats.map((format): ExportMenuItem => ({ id: format, label: t(`export.${format}`), onSelect: () => onExport(format) }));
  const items = [...formatItems, ...extraItems];

  return (
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        // only a focus that lands elsewhere closes it: none (a click on the list's padding, the window
        // losing focus) leaves it as it is, and a click outside is handled by the pointer listener
        const next = event.relatedTarget;
        if (open && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <Button size="small" ref={buttonRef} aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((value) => !value)} disabled={disabled}>
        {t('export.menu')} <span aria-hidden="true">▾</span>
      </Button>
      {open ? (
        <ul id={menuId} ref={listRef} className="export-menu__list">
          {items.map((item) => (
            <li key={item.id}>
              <Button
                variant="quiet"
                onClick={() => {
                  setOpen(false);
                  buttonRef.current?.focus();
                  item.onSelect();
                }}
              >
                {item.label}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
