// The box of a data table that can be wider than the screen (a narrow window, 400 % zoom): the
// table scrolls sideways inside it and the page itself still reflows (WCAG 1.4.10 lets tables keep
// their two dimensions, not push the page wide). While the table is wider than the box, the box is a
// named region and a tab stop, so a keyboard can scroll it; while it fits, it is neither, and adds no
// stop to the page.
import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export interface TableScrollProps {
  /** names the region while it scrolls, e.g. the table's caption */
  label: string;
  children: ReactNode;
}

export function TableScroll({ label, children }: TableScrollProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={boxRef} className="table-scroll" {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
