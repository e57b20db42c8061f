// Numbers and dates in the report, formatted for the UI language (de-DE / en-GB) with the UI's
// kept Intl formats.
import { calendarDayInstant } from '../domain/calendarDay';
import { dateTimeFormat } from '../i18n/dateTimeFormat';
import { formatEuro, formatFte, formatHours, formatPriority } from '../i18n/figureFormats';
import { numberFormat } from '../i18n/numberFormat';
import type { ReportLanguage } from './reportInput';

export interface ReportFormat {
  /** grouped, at most `decimals` fraction digits (no trailing zeros) */
  number: (value: number, decimals?: number) => string;
  /** hours per year, as the app shows them (one decimal below 10 hours, whole hours above) */
  hours: (value: number) => string;
  /** a priority (or the matrix's y value) on its basis, as the app shows it: hours as `hours`, the index whole */
  priority: (value: number, basis: 'hours' | 'index') => string;
  /** EUR without cents */
  eur: (value: number) => string;
  /** full-time equivalents, as the app shows them (two decimals) */
  fte: (value: number) => string;
  /** a share 0..1 as a percentage with at most `decimals` fraction digits */
  percent: (share: number, decimals?: number) => string;
  /** an ISO date ("2026-11-28") or date-time, as a long date; unparseable text is returned as is */
  date: (value: string | Date) => string;
  dateTime: (value: Date) => string;
}

export function createReportFormat(language: ReportLanguage): ReportFormat {
  const dateFormat = dateTimeFormat(language, { dateStyle: 'long' });
  const calendarDateFormat = dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const dateAndTimeFormat = dateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  return {
    number: (value, decimals = 1) => numberFormat(language, { maximumFractionDigits: decimals }).format(value),
    hours: (value) => formatHours(value, language),
    priority: (value, basis) => formatPriority(value, basis, language),
    eur: (value) => formatEuro(value, language),
    fte: (value) => formatFte(value, language),
    percent: (share, decimals = 0) => numberFormat(language, { style: 'percent', maximumFractionDigits: decimals }).format(share),
    date: (value) => {
      if (value instanceof Date) return dateFormat.format(value);
      // a calendar date has no time zone: format it as that day wherever the report is made
      const day = calendarDayInstant(value);
      if (day) return calendarDateFormat.format(day);
      const parsed = new Date(value);
      return Number.isNaN(parsed.getTime()) ? value : dateFormat.format(parsed);
    },
    dateTime: (value) => dateAndTimeFormat.format(value),
  };
}
