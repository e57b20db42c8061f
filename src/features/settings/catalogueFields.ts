// The editable numbers of the criteria catalogue, as form fields: which value each field reads and
// writes, its label and unit (i18n keys, namespace "settings"), its allowed range, and the groups
// the settings form and the method page show them in, with each field's label and default as both
// show them. Pure data and functions, no React.
import type { TFunction } from 'i18next';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { Catalogue, CatalogueWeights } from '../../domain/criteria';

/** The allowed values of a field, as the user types them (percent fields in percent). */
export interface NumberRule {
  min: number;
  max: number;
  /** only whole numbers */
  whole: boolean;
  /** the minimum itself is not allowed (a value must be above it) */
  minExclusive: boolean;
}

export type UnitKind = 'weight' | 'points' | 'percent' | 'share' | 'level' | 'count' | 'days' | 'hours' | 'eur';

export interface CatalogueField {
  /** stable id, e.g. "weights.dsNeed.Mb"; also the React key and the error key */
  id: string;
  /** i18n key of the visible label (namespace included); weights add their code, e.g. "(Mb)" */
  labelKey: string;
  /** for weights: the weight group whose name completes the accessible name */
  weightGroup?: keyof CatalogueWeights;
  unit: UnitKind;
  rule: NumberRule;
  /** percent fields show and take 0–100 for a stored share 0..1 */
  percent: boolean;
  read(catalogue: Catalogue): number;
  /** writes the stored value into a catalogue (a copy the caller owns) */
  write(catalogue: Catalogue, value: number): void;
}

export type CatalogueGroupId = keyof CatalogueWeights | 'scoring' | 'classes' | 'benefit';

export interface CatalogueGroup {
  id: CatalogueGroupId;
  /** i18n keys of the heading and the plain explanation beside it */
  titleKey: string;
  textKey: string;
  fields: readonly CatalogueField[];
}

const rules = {
  weight: { min: 0, max: 100, whole: false, minExclusive: false },
  points: { min: 0, max: 100, whole: false, minExclusive: false },
  percent: { min: 0, max: 100, whole: false, minExclusive: false },
  share: { min: 0, max: 1, whole: false, minExclusive: false },
  level: { min: 1, max: 5, whole: true, minExclusive: false },
  count: { min: 1, max: 999, whole: true, minExclusive: false },
  days: { min: 1, max: 366, whole: true, minExclusive: false },
  hours: { min: 0, max: 24, whole: false, minExclusive: true },
  eur: { min: 0, max: 10_000_000, whole: true, minExclusive: false },
} satisfies Record<UnitKind, NumberRule>;

type Field = Omit<CatalogueField, 'rule' | 'percent'>;

const field = (spec: Field): CatalogueField => ({ ...spec, rule: rules[spec.unit], percent: spec.unit === 'percent' });

function weightFields<G extends keyof CatalogueWeights>(group: G, codes: readonly (keyof CatalogueWeights[G] & string)[]): CatalogueField[] {
  return codes.map((code) =>
    field({
      id: `weights.${group}.${code}`,
      labelKey: `method:criteria.${code}.label`,
      weightGroup: group,
      unit: 'weight',
      read: (catalogue) => {
        const weights: Record<string, number> = catalogue.weights[group];
        return weights[code];
      },
      write: (catalogue, value) => {
        const weights: Record<string, number> = catalogue.weights[group];
        weights[code] = value;
      },
    }),
  );
}

type ThresholdNumber = 'minCompleteness' | 'dsEnablerBase' | 'effortLow' | 'effortMedium' | 'assistMinAs' | 'automateMinAs' | 'digitiseMinDs' | 'estimatedEase';

function thresholdField(key: ThresholdNumber, unit: UnitKind): CatalogueField {
  return field({
    id: `thresholds.${key}`,
    labelKey: `settings:catalogue.fields.${key}`,
    unit,
    read: (catalogue) => catalogue.thresholds[key],
    write: (catalogue, value) => {
      catalogue.thresholds[key] = value;
    },
  });
}

type LevelThreshold = 'gateMaxLevel' | 'vmYesLevel';

function levelField(key: LevelThreshold): CatalogueField {
  return field({
    id: `thresholds.${key}`,
    labelKey: `settings:catalogue.fields.${key}`,
    unit: 'level',
    read: (catalogue) => catalogue.thresholds[key],
    write: (catalogue, value) => {
      // the value was checked to be a whole number 1..5 (rules.level)
      const levels: Record<LevelThreshold, number> = catalogue.thresholds;
      levels[key] = value;
    },
  });
}

type TupleThreshold = 'mbLevels' | 'apBounds' | 'stBounds' | 'exMidpoints';

function tupleFields(key: TupleThreshold, length: number, unit: UnitKind): CatalogueField[] {
  return Array.from({ length }, (_, index) =>
    field({
      id: `thresholds.${key}.${index}`,
      labelKey: `settings:catalogue.fields.${key}.${index}`,
      unit,
      read: (catalogue) => catalogue.thresholds[key][index],
      write: (catalogue, value) => {
        // a fresh list of the same length, only the one entry changed
        const tuples: Record<TupleThreshold, readonly number[]> = catalogue.thresholds;
        tuples[key] = tuples[key].map((old, position) => (position === index ? value : old));
      },
    }),
  );
}

type SettingKey = keyof Catalogue['settings'];

function settingField(key: SettingKey, unit: UnitKind): CatalogueField {
  return field({
    id: `settings.${key}`,
    labelKey: `settings:catalogue.fields.${key}`,
    unit,
    read: (catalogue) => catalogue.settings[key],
    write: (catalogue, value) => {
      catalogue.settings[key] = value;
    },
  });
}

/** The form's groups in the order of the method: DS, AS, EI, then scoring rules, classes, benefit. */
export const catalogueGroups: readonly CatalogueGroup[] = [
  {
    id: 'dsNeed',
    titleKey: 'settings:catalogue.groups.dsNeed.title',
    textKey: 'settings:catalogue.groups.dsNeed.text',
    fields: weightFields('dsNeed', ['Mb', 'Id']),
  },
  {
    id: 'dsEnablers',
    titleKey: 'settings:catalogue.groups.dsEnablers.title',
    textKey: 'settings:catalogue.groups.dsEnablers.text',
    fields: [...weightFields('dsEnablers', ['Lf', 'Sp']), thresholdField('dsEnablerBase', 'share')],
  },
  {
    id: 'as',
    titleKey: 'settings:catalogue.groups.as.title',
    textKey: 'settings:catalogue.groups.as.text',
    fields: [...weightFields('as', ['R', 'Id', 'Is', 'Va']), settingField('discretionCap', 'points')],
  },
  {
    id: 'ei',
    titleKey: 'settings:catalogue.groups.ei.title',
    textKey: 'settings:catalogue.groups.ei.text',
    fields: [
      ...weightFields('ei', ['Ap', 'St', 'Ex', 'Sa', 'Vm', 'Do']),
      thresholdField('effortLow', 'points'),
      thresholdField('effortMedium', 'points'),
      thresholdField('estimatedEase', 'points'),
    ],
  },
  {
    id: 'scoring',
    titleKey: 'settings:catalogue.groups.scoring.title',
    textKey: 'settings:catalogue.groups.scoring.text',
    fields: [
      thresholdField('minCompleteness', 'percent'),
      levelField('gateMaxLevel'),
      thresholdField('assistMinAs', 'points'),
      thresholdField('automateMinAs', 'points'),
      thresholdField('digitiseMinDs', 'points'),
    ],
  },
  {
    id: 'classes',
    titleKey: 'settings:catalogue.groups.classes.title',
    textKey: 'settings:catalogue.groups.classes.text',
    fields: [
      ...tupleFields('mbLevels', 4, 'level'),
      ...tupleFields('apBounds', 4, 'count'),
      ...tupleFields('stBounds', 4, 'count'),
      ...tupleFields('exMidpoints', 5, 'percent'),
      levelField('vmYesLevel'),
    ],
  },
  {
    id: 'benefit',
    titleKey: 'settings:catalogue.groups.benefit.title',
    textKey: 'settings:catalogue.groups.benefit.text',
    fields: [
      settingField('workingDaysPerYear', 'days'),
      settingField('hoursPerDay', 'hours'),
      settingField('fteCostPerYear', 'eur'),
      settingField('realisationFactor', 'share'),
    ],
  },
];

export const catalogueFields: readonly CatalogueField[] = catalogueGroups.flatMap((group) => group.fields);

/** The criterion code of a weight field ("weights.as.Id" → "Id"). */
function weightCode(field: CatalogueField): string {
  return field.id.slice(field.id.lastIndexOf('.') + 1);
}

/** The value a field shows: percent fields in percent, rounded so that 0.075 shows as 7.5. */
export function shownValue(field: CatalogueField, catalogue: Catalogue): number {
  const value = field.read(catalogue);
  return field.percent ? Number((value * 100).toPrecision(12)) : value;
}

const defaultCatalogue = createDefaultCatalogue();

/** The value a field shows for the method's default catalogue. */
export function shownDefault(field: CatalogueField): number {
  return shownValue(field, defaultCatalogue);
}

/** A field's label; a weight's label names its criterion code as well. */
export function fieldLabel(t: TFunction, field: CatalogueField): string {
  return field.weightGroup ? t('settings:catalogue.weightName', { label: t(field.labelKey), code: weightCode(field) }) : t(field.labelKey);
}

/** A field's name where it stands apart from its form group: weights add their group, as the same criterion is weighted in several. */
export function fieldNameInGroup(t: TFunction, field: CatalogueField, group: CatalogueGroup): string {
  return field.weightGroup ? t('settings:catalogue.nameInGroup', { label: fieldLabel(t, field), group: t(group.titleKey) }) : fieldLabel(t, field);
}
