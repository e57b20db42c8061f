// Where a step of the score panel starts in the side panel that scrolls it: at its quick check. The
// side panel is scrolled from its top down to the quick check (at the last step to "Wie geht es
// weiter?" above it), as little as shows the quick check whole and at most so far that it starts
// just under the sticky header with the step's name and "Weiter". So each step starts at the same
// place, whatever the step before was scrolled to, with its first question in view; a panel tall
// enough keeps the name field and the building block above it in view too.
import { scrollContainerOf } from '../../ui/scrollContainer';

/** @param panel an element holding one ScorePanel */
export function showStepStart(panel: HTMLElement): void {
  const side = scrollContainerOf(panel);
  const quick = panel.querySelector('.score-panel__quick');
  if (!side || !quick) return;
  side.scrollTop = 0;
  const start = panel.querySelector('.score-panel__end') ?? quick;
  // the header sticks to the side panel's inner edge; below it, the side panel's own padding as room
  const header = panel.querySelector('.score-panel__header');
  const headerHeight = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
  const edge = side.getBoundingClientRect().top + side.clientTop;
  const top = edge + headerHeight + (parseFloat(getComputedStyle(side).paddingTop) || 0);
  const bottom = edge + side.clientHeight;
  side.scrollTop = Math.max(0, Math.min(start.getBoundingClientRect().top - top, quick.getBoundingClientRect().bottom - bottom));
}
