// The words for the quantities a step's benefit estimate still lacks ("„Zeitraum“ fehlt",
// "„Fallzahl“ und „Zeitraum“ fehlen"), each named as the score panel's field is, without the
// formula symbol its label ends in ("Fallzahl (V)" → „Fallzahl“). Pure text over `t`, so that the
// exports (report, portfolio, CSV, XLSX) say it in the same words as the app.
import type { RequiredQuantity } from '../domain/benefitGap';
import type { UiLanguage } from './uiLocale';

/** i18next's `t` or any function of its shape. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** " (V)" or " (t_r)" at the end of a quantity's label: the formula symbol, left out of its name. */
const formulaSymbolSuffix = /\s+\([A-Za-z]+(?:_[A-Za-z]+)?\)$/;

export function missingQuantitiesText(t: Translate, language: UiLanguage, fields: readonly RequiredQuantity[]): string {
  const names = fields.map((field) => t('assessment:quantities.fieldName', { name: t(`method:quantities.${field}.label`).replace(formulaSymbolSuffix, '') }));
  return t('assessment:quantities.missing', { count: fields.length, fields: new Intl.ListFormat(language, { type: 'conjunction' }).format(names) });
}
