// The page's main region (App's <main tabindex="-1">): where the focus goes when the element that
// had it is gone, e.g. a deleted item's button after its dialog or its toast closed; and whether the
// focus rests there (or nowhere), free to be put where the user's work is.

/** The main region, or null outside the app's page (tests that render a part alone). */
export function mainRegion(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main[tabindex]');
}

/** True when no control has the focus: it is on nothing, the page's body or the main region. */
export function focusIsFree(): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body || focused === mainRegion();
}
