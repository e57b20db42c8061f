// Dates and times in the UI language for the settings, the method page, the storage status and the
// last backup: "5. Mai 2025 um 14:03" / "5 May 2025 at 14:03", and calendar days "5. Mai 2025".
import type { UiLanguage } from '../../i18n/uiLocale';
import { calendarDayInstant } from '../../domain/calendarDay';
import { dateTimeFormat } from '../../i18n/dateTimeFormat';

export function formatDateTime(iso: string, language: UiLanguage): string {
  return dateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar day "YYYY-MM-DD", read as that day wherever the user is (no time-zone shift); any other text as it is. */
export function formatDay(day: string, language: UiLanguage): string {
  const instant = calendarDayInstant(day);
  return instant ? dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(instant) : day;
}
