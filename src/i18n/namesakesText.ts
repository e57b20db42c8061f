// The words for processes of one name chosen together ("„Gewerbeanmeldung“ 3-mal in Amt 32 –
// Ordnungsamt und „Wohngeldantrag“ 2-mal in Amt 50 – Soziales"), so that the portfolio dialog and
// the portfolio report warn of a sum that may count one workflow more than once in the same words.
import type { UiLanguage } from './uiLocale';

/** i18next's `t` or any function of its shape. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Namesakes {
  /** the name as the first of them bears it */
  name: string;
  count: number;
  /** the department's title */
  department: string;
}

export function namesakesList(groups: readonly Namesakes[], t: Translate, language: UiLanguage): string {
  const items = groups.map((group) => t('report:portfolio.namesakes.item', { name: group.name, count: group.count, department: group.department }));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
