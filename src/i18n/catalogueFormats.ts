// Number formats of the criteria catalogue's own numbers (weights, thresholds, levels, factors and
// shares) as they were set, in the number format of the UI language: the method page's tables, the
// method text of the page and of every report, and the settings' defaults state them alike.
import { numberFormat } from './numberFormat';
import type { UiLanguage } from './uiLocale';

/** A number of the catalogue as set, up to four decimals ("0,125", "7,8", "200"). */
export function formatCatalogueNumber(value: number, language: UiLanguage): string {
  return numberFormat(language, { maximumFractionDigits: 4 }).format(value);
}

/** A share of the catalogue (0..1) as a percentage as set, up to two decimals ("27,5 %", "27.5%"). */
export function formatCataloguePercent(share: number, language: UiLanguage): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(share);
}
