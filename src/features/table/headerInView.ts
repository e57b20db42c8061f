// Keeps a focused header control of the steps table wholly in view inside the table's scroller and
// clear of the sticky first column. The rows and answers are kept so by the browser itself, through
// the scroller's scroll padding (table.css); the header cells are sticky (top), and Chromium's focus
// scrolling of a sticky element neither applies that padding nor reliably reaches its far edge: a
// header button tabbed to was left cut off at the scroller's right edge or under the "Schritt" column.

/** the header cell of the sticky first column */
const stickyHeaderSelector = '.steps-table__header.steps-table__cell--name';

/** how far the focus ring reaches beyond the control (outline 3px, offset 1px in table.css) */
const focusRing = 4;

/**
 * Scrolls `scroller` sideways, if needed, so that `control` in a header cell lies between the
 * sticky column's right edge and the scroller's visible right edge, with its focus ring where there
 * is room for it. A control in the sticky column's own header is always in view.
 */
export function keepHeaderInView(scroller: HTMLElement, control: HTMLElement): void {
  const stuck = scroller.querySelector<HTMLElement>(stickyHeaderSelector);
  if (stuck?.contains(control)) return;
  const box = scroller.getBoundingClientRect();
  const visibleLeft = stuck ? stuck.getBoundingClientRect().right : box.left + scroller.clientLeft;
  const visibleRight = box.left + scroller.clientLeft + scroller.clientWidth;
  const target = control.getBoundingClientRect();
  // a control wider than the room beside the sticky column shows its start
  const shift = Math.min(Math.max(0, target.right + focusRing - visibleRight), target.left - focusRing - visibleLeft);
  // whole pixels, away from the control's edge: scroll offsets snap to device pixels
  if (shift > 0) scroller.scrollLeft += Math.ceil(shift);
  else if (shift < 0) scroller.scrollLeft += Math.floor(shift);
}
