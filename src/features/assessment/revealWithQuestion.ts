// Brings the question of a focused answer into view with it. The browser scrolls a focused control
// only just far enough to show the control itself below the sticky header (the scroll container's
// scroll-padding-top, useStickyHeaderClearance): a level further down its list then showed without
// its question, which stayed under the header. This scrolls so that the question shows above the
// control too, as far as the room under the header allows; the control's box (a level's whole
// option) with its focus ring stays in view either way, and so does the header at the container's
// top edge. Keyboard focus only: a click does not move what is under the pointer.
import { scrollContainerOf } from '../../ui/scrollContainer';

/** How far a focus ring reaches out of its box: the outline's width and its offset outwards. */
function ringOf(box: HTMLElement): number {
  const style = getComputedStyle(box);
  if (style.outlineStyle === 'none') return 0;
  return (parseFloat(style.outlineWidth) || 0) + Math.max(0, parseFloat(style.outlineOffset) || 0);
}

/**
 * @param control the focused element
 * @param question the top of what it answers (the question's label)
 * @param box what shows the control and its focus ring (a level's option; the control itself if it
 *   draws its own ring)
 */
export function revealWithQuestion(control: HTMLElement, question: HTMLElement, box: HTMLElement = control): void {
  const container = scrollContainerOf(control);
  if (!container || !control.matches(':focus-visible')) return;
  const room = container.clientHeight - (parseFloat(getComputedStyle(container).scrollPaddingTop) || 0);
  const ring = ringOf(box);
  const own = control.getBoundingClientRect();
  const shown = box.getBoundingClientRect();
  // scroll margins: below the control, the rest of its box and the ring; above it, at least its
  // box's top and the ring, and up to the question's top where the room allows. Each with a pixel
  // more: the browser stops scrolling on whole pixels, which cut a fraction of the ring off where
  // the lines above it (1.4 times the font's size) left the box between two pixels
  const below = shown.bottom + ring - own.bottom + 1;
  const least = own.top - shown.top + ring + 1;
  const above = Math.max(least, Math.min(own.top - question.getBoundingClientRect().top, room - below - own.height));
  control.style.scrollMarginBlock = `${above}px ${below}px`;
  control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  // scrolling the page as well, the browser left the container's top, and the header stuck there,
  // above the window's edge: the container comes whole into the window when it fits
  if (container.getBoundingClientRect().height <= window.innerHeight) container.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
