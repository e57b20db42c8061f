// How the modeller's searches tell the number of their results: in the UI's language ("3 Treffer",
// "1 Treffer", "Keine Treffer"), and only once typing pauses, as a count told at every key buried the
// result being read. Shared by the element search (searchPadAria.ts) and the popup menus' search
// (popupSearchCount.ts).
import type { Translate } from '../translate/translateModule';

/** how long typing pauses before the number of results is told */
export const COUNT_PAUSE_MS = 600;

/** the number of results in words */
export function resultCountText(translate: Translate, count: number): string {
  if (count === 0) return translate('No results');
  return count === 1 ? translate('One result') : translate('{count} results', { count: String(count) });
}
