// The page's main region (App's <main tabindex="-1">): where the focus goes when the element that
// had it is gone, e.g. a deleted item's button after its dialog or its toast closed.

/** The main region, or null outside the app's page (tests that render a part alone). */
export function mainRegion(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main[tabindex]');
}
