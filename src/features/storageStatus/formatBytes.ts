// Storage sizes for people: kilobytes, megabytes or gigabytes (powers of 1000, as the unit names
// say), with at most one decimal, in the number format of the UI language.
import { numberFormat } from '../../i18n/numberFormat';
import type { UiLanguage } from '../../i18n/uiLocale';

const units = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

export function formatBytes(bytes: number, language: UiLanguage): string {
  const { unit, size } = units.find((candidate) => bytes >= candidate.size) ?? units[units.length - 1];
  return numberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
}
