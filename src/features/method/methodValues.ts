// The numbers of a criteria catalogue that the method description names, formatted for a language:
// the values of the `{{…}}` placeholders in the `method:description.*` texts, so that the method
// page and every report state the weights, thresholds and settings that actually computed the
// figures, never the method's defaults beside a catalogue that differs.
import type { Catalogue } from '../../domain/criteria';
import { formatCatalogueNumber, formatCataloguePercent } from '../../i18n/catalogueFormats';
import { formatEuro } from '../../i18n/figureFormats';
import type { UiLanguage } from '../../i18n/uiLocale';

/** Placeholder name → the formatted number, e.g. `realisationFactor` → "0,8". */
export type MethodValues = Record<string, string>;

export function methodValues(catalogue: Catalogue, language: UiLanguage): MethodValues {
  const { weights, thresholds, settings } = catalogue;
  const number = (value: number) => formatCatalogueNumber(value, language);
  const percent = (share: number) => formatCataloguePercent(share, language);
  /**
   * A weight group's weights as `${prefix}${code}`, e.g. dsNeedMb, and `${prefix}Divisor`: " / 1,25"
   * after the weighted sum when the weights do not add up to 1 (the score divides by their sum; only
   * their ratio counts), else nothing, so that the printed formula computes what the app computes.
   */
  const weightValues = (prefix: string, group: Record<string, number>) => {
    const sum = Object.values(group).reduce((total, weight) => total + weight, 0);
    return {
      ...Object.fromEntries(Object.entries(group).map(([code, weight]) => [`${prefix}${code}`, number(weight)])),
      [`${prefix}Divisor`]: Math.abs(sum - 1) < 1e-9 ? '' : ` / ${number(sum)}`,
    };
  };
  return {
    ...weightValues('dsNeed', weights.dsNeed),
    ...weightValues('dsEnablers', weights.dsEnablers),
    ...weightValues('as', weights.as),
    ...weightValues('ei', weights.ei),
    // DS = need × (base + (1 − base) × enablers)
    dsEnablerBase: number(thresholds.dsEnablerBase),
    dsEnablerRest: number(1 - thresholds.dsEnablerBase),
    minCompleteness: percent(thresholds.minCompleteness),
    effortLow: number(thresholds.effortLow),
    effortMedium: number(thresholds.effortMedium),
    gateMaxLevel: number(thresholds.gateMaxLevel),
    assistMinAs: number(thresholds.assistMinAs),
    automateMinAs: number(thresholds.automateMinAs),
    digitiseMinDs: number(thresholds.digitiseMinDs),
    estimatedEase: number(thresholds.estimatedEase),
    // the level of 0, 1, 2 and 3 or more media breaks: mbLevel0 … mbLevel3
    ...Object.fromEntries(thresholds.mbLevels.map((level, count) => [`mbLevel${count}`, number(level)])),
    // the exception share of the Ex levels 1 (many exceptions) … 5 (few): exShare1 … exShare5
    ...Object.fromEntries(thresholds.exMidpoints.map((share, index) => [`exShare${index + 1}`, percent(share)])),
    discretionCap: number(settings.discretionCap),
    realisationFactor: number(settings.realisationFactor),
    workingDaysPerYear: number(settings.workingDaysPerYear),
    hoursPerDay: number(settings.hoursPerDay),
    fteCostPerYear: formatEuro(settings.fteCostPerYear, language),
  };
}
