// Number formats of the app's figures: scores, shares, hours, FTE and euros, rounded the same way
// wherever a figure is shown (the assessment views, the report, the XLSX summary, the storage
// status), in the number format of the UI language (Intl).

import { numberFormat } from './numberFormat';
import type { UiLanguage } from './uiLocale';

/** Decimal places of full-time equivalents (always shown, 0,40). */
export const fteDecimals = 2;

/** Decimal places of euros (none: no cents). */
export const euroDecimals = 0;

/** Decimal places of a share shown as a percentage (whole percent). */
export const percentDecimals = 0;

/** A 0–100 score, whole unless its `decimals` (Score.decimals) keep it on its side of a threshold. */
export function formatScore(value: number, language: UiLanguage, decimals = 0): string {
  return numberFormat(language, { maximumFractionDigits: decimals }).format(value);
}

/** A share 0..1 as a whole percentage with the language's percent sign ("45 %", "45%"). */
export function formatShare(share: number, language: UiLanguage): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: percentDecimals }).format(share);
}

/** Decimal places of hours: one below 10 hours, none above. */
export function hoursDecimals(hours: number): number {
  return Math.abs(hours) < 10 ? 1 : 0;
}

/** Hours: one decimal below 10 hours, whole hours above (digit grouping included). */
export function formatHours(hours: number, language: UiLanguage): string {
  return numberFormat(language, { maximumFractionDigits: hoursDecimals(hours) }).format(hours);
}

/** A priority, or the matrix's y value, on its basis: hours per year as formatHours, the 0–100 index whole. */
export function formatPriority(value: number, basis: 'hours' | 'index', language: UiLanguage): string {
  return basis === 'hours' ? formatHours(value, language) : formatScore(value, language);
}

/** Full-time equivalents with two decimals. */
export function formatFte(fte: number, language: UiLanguage): string {
  return numberFormat(language, { minimumFractionDigits: fteDecimals, maximumFractionDigits: fteDecimals }).format(fte);
}

/** Euros without cents. */
export function formatEuro(amount: number, language: UiLanguage): string {
  return numberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: euroDecimals }).format(amount);
}
