// The element that scrolls an element vertically: its nearest ancestor whose overflow lets it
// scroll. Read from computed styles, so it follows whatever CSS the page gives its panels.
export function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return parent;
  }
  return null;
}
