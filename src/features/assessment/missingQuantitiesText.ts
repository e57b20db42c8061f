// The words for the quantities a step's benefit estimate still lacks ("„Zeitraum“ fehlt",
// "„Fallzahl“ und „Zeitraum“ fehlen"), named as the score panel's fields are, without their formula
// symbols; the same words in the score panel's result, the steps table and the process figures.
import type { TFunction } from 'i18next';
import type { RequiredQuantity } from '../../domain/benefitGap';
import type { UiLanguage } from '../../i18n/uiLocale';
import { splitFormulaSymbol } from './FormulaLabel';
import { quantityLabelKey } from './methodKeys';

export function missingQuantitiesText(t: TFunction, language: UiLanguage, fields: readonly RequiredQuantity[]): string {
  const names = fields.map((field) => t('assessment:quantities.fieldName', { name: splitFormulaSymbol(t(quantityLabelKey(field))).name }));
  return t('assessment:quantities.missing', { count: fields.length, fields: new Intl.ListFormat(language, { type: 'conjunction' }).format(names) });
}
