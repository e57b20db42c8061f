// The criteria catalogue as data: criterion codes, their scales, the building blocks (Bausteine)
// with their pre-fills, and the weights, thresholds and workspace settings the scoring uses.
// Labels are i18n keys (namespace "method"); the catalogue is versioned per workspace and keeps its
// earlier versions.
import type { Answers, Level, Period } from './assessment';

export const quickCodes = ['R', 'Id', 'Is', 'Mb', 'Sp'] as const;

/** Mb is answered as a count; the highest count the method tells apart, meaning "3 or more". */
export const mediaBreaksOrMore = 3;

/** The media-break counts a person chooses from: 0, 1, 2 and "3 or more". */
export const mediaBreakCounts: readonly number[] = Array.from({ length: mediaBreaksOrMore + 1 }, (_, count) => count);
export const detailCodes = ['Va', 'Ex', 'Sa', 'Ap', 'St', 'Vm', 'Do', 'Lf', 'Er'] as const;
export type QuickCode = (typeof quickCodes)[number];
export type DetailCode = (typeof detailCodes)[number];
export type CriterionCode = QuickCode | DetailCode;
/** every criterion code, in the order of the questions (the quick check, then the details) */
export const criterionCodes = [...quickCodes, ...detailCodes] as const;

/** How a criterion is answered in the UI. */
export type CriterionScale =
  | { kind: 'level' } // 1..5, each level with a one-line description
  | { kind: 'count'; min: number } // a whole number, mapped to a level by the catalogue
  | { kind: 'boolean' }
  | { kind: 'legalForm' }; // 1 | 3 | 5

export interface CriterionDefinition {
  code: CriterionCode;
  scale: CriterionScale;
  /** i18n key of the label, e.g. "method:criteria.R.label" */
  labelKey: string;
  /** i18n key of the question */
  questionKey: string;
  /** i18n key prefix of the level descriptions: `${levelsKey}.1` … `${levelsKey}.5` */
  levelsKey?: string;
}

const level = (code: CriterionCode): CriterionDefinition => ({
  code,
  scale: { kind: 'level' },
  labelKey: `method:criteria.${code}.label`,
  questionKey: `method:criteria.${code}.question`,
  levelsKey: `method:criteria.${code}.levels`,
});

export const criteria: readonly CriterionDefinition[] = [
  level('R'),
  level('Id'),
  level('Is'),
  { ...level('Mb'), scale: { kind: 'count', min: 0 } },
  level('Sp'),
  level('Va'),
  level('Ex'),
  level('Sa'),
  { ...level('Ap'), scale: { kind: 'count', min: 1 } },
  { ...level('St'), scale: { kind: 'count', min: 1 } },
  { ...level('Vm'), scale: { kind: 'boolean' }, levelsKey: undefined },
  level('Do'),
  { ...level('Lf'), scale: { kind: 'legalForm' } },
  { ...level('Er'), scale: { kind: 'boolean' }, levelsKey: undefined },
];

/** Building blocks (Bausteine) after the PICTURE method; pre-fills never overwrite given answers. */
export interface BuildingBlock {
  id: string;
  labelKey: string;
  prefill: Partial<Answers>;
}

/**
 * The 13 building blocks of the spec. Pre-fills are only what the kind of work says for nearly
 * every step of that kind: printing, scanning and re-keying are media breaks; sending, filing,
 * calculating and paying follow fixed rules; deciding and coordinating rarely do; signing and
 * notices carry a written-form requirement that § 3a VwVfG lets be replaced electronically.
 */
export const buildingBlocks: readonly BuildingBlock[] = [
  { id: 'dataEntry', labelKey: 'method:blocks.dataEntry', prefill: { Mb: 1, R: 4 } },
  { id: 'print', labelKey: 'method:blocks.print', prefill: { Mb: 1, R: 5 } },
  { id: 'scan', labelKey: 'method:blocks.scan', prefill: { Mb: 1, Id: 1, R: 5 } },
  { id: 'check', labelKey: 'method:blocks.check', prefill: { R: 3 } },
  { id: 'decide', labelKey: 'method:blocks.decide', prefill: { R: 2 } },
  { id: 'sign', labelKey: 'method:blocks.sign', prefill: { Lf: 3 } },
  { id: 'send', labelKey: 'method:blocks.send', prefill: { R: 5 } },
  { id: 'archive', labelKey: 'method:blocks.archive', prefill: { R: 5 } },
  { id: 'gatherInfo', labelKey: 'method:blocks.gatherInfo', prefill: { Is: 2 } },
  { id: 'coordinate', labelKey: 'method:blocks.coordinate', prefill: { R: 2, Is: 2 } },
  { id: 'calculate', labelKey: 'method:blocks.calculate', prefill: { R: 5, Is: 4 } },
  { id: 'notice', labelKey: 'method:blocks.notice', prefill: { R: 3, Lf: 3 } },
  { id: 'payment', labelKey: 'method:blocks.payment', prefill: { R: 5, Is: 4 } },
];

export interface CatalogueWeights {
  /** DS need: media breaks and paper input */
  dsNeed: { Mb: number; Id: number };
  /** DS enablers: legal form and stability */
  dsEnablers: { Lf: number; Sp: number };
  /** AS: mean of R, Id, Is, Va (equal weights by default) */
  as: { R: number; Id: number; Is: number; Va: number };
  /** EI */
  ei: { Ap: number; St: number; Ex: number; Sa: number; Vm: number; Do: number };
}

export interface CatalogueThresholds {
  /** a score with completeness below this share is shown as "incomplete" */
  minCompleteness: number;
  /** DS = need × (base + (1 − base) × enablers) */
  dsEnablerBase: number;
  effortLow: number;
  effortMedium: number;
  /** feasibility gate: Sp or Sa at or below this level → "stabilise first" */
  gateMaxLevel: Level;
  assistMinAs: number;
  automateMinAs: number;
  digitiseMinDs: number;
  /** E used for priority when EI is less than minCompleteness complete */
  estimatedEase: number;
  /** Mb count → level: 0 → 1, 1 → 3, 2 → 4, ≥3 → 5 */
  mbLevels: readonly [Level, Level, Level, Level];
  /** Ap count upper bounds for levels 5, 4, 3, 2 (else 1): 1, 3, 5, 9 */
  apBounds: readonly [number, number, number, number];
  /** St count upper bounds for levels 5, 4, 3, 2 (else 1): 10, 20, 40, 50 */
  stBounds: readonly [number, number, number, number];
  /** exception share midpoints (0..1) by Ex level 1..5 */
  exMidpoints: readonly [number, number, number, number, number];
  /** Vm: yes → level, no → 5 */
  vmYesLevel: Level;
}

export interface WorkspaceSettings {
  workingDaysPerYear: number;
  hoursPerDay: number;
  /** full cost of one FTE per year, EUR */
  fteCostPerYear: number;
  /** realisation factor r */
  realisationFactor: number;
  /** AS cap for steps with discretion, 0..100 */
  discretionCap: number;
}

/** The values of one version of the catalogue: what scored the processes while it was the current one. */
export interface CatalogueVersion {
  /** counts up with every change; each process records the version that scored it */
  version: number;
  updatedAt: string;
  weights: CatalogueWeights;
  thresholds: CatalogueThresholds;
  settings: WorkspaceSettings;
}

export interface Catalogue extends CatalogueVersion {
  /**
   * the versions before this one, oldest first: each change keeps the version it replaces, up to
   * keptCatalogueVersions (then the oldest goes); none in a catalogue never changed, or last changed
   * before versions were kept
   */
  history?: readonly CatalogueVersion[];
}

/** How many earlier versions a catalogue keeps. */
export const keptCatalogueVersions = 100;

export const defaultWeights: CatalogueWeights = {
  dsNeed: { Mb: 0.6, Id: 0.4 },
  dsEnablers: { Lf: 0.6, Sp: 0.4 },
  as: { R: 0.25, Id: 0.25, Is: 0.25, Va: 0.25 },
  ei: { Ap: 0.25, St: 0.2, Ex: 0.15, Sa: 0.15, Vm: 0.1, Do: 0.15 },
};

export const defaultThresholds: CatalogueThresholds = {
  minCompleteness: 0.5,
  dsEnablerBase: 0.25,
  effortLow: 67,
  effortMedium: 34,
  gateMaxLevel: 2,
  assistMinAs: 40,
  automateMinAs: 60,
  digitiseMinDs: 60,
  estimatedEase: 50,
  mbLevels: [1, 3, 4, 5],
  apBounds: [1, 3, 5, 9],
  stBounds: [10, 20, 40, 50],
  exMidpoints: [0.5, 0.275, 0.15, 0.075, 0.025],
  vmYesLevel: 2,
};

export const defaultSettings: WorkspaceSettings = {
  workingDaysPerYear: 200,
  hoursPerDay: 7.8,
  fteCostPerYear: 70_000,
  realisationFactor: 0.8,
  discretionCap: 50,
};

/** How many periods make a year; "daily" counts the workspace's working days per year instead. */
export const periodsPerYear: Readonly<Record<Exclude<Period, 'daily'>, number>> = {
  weekly: 52,
  biweekly: 26,
  monthly: 12,
  quarterly: 4,
  yearly: 1,
};

/** True for a catalogue never changed since the workspace began: its date is the epoch. */
export function isPristineCatalogue(catalogue: Pick<CatalogueVersion, 'updatedAt'>): boolean {
  return Date.parse(catalogue.updatedAt) === 0;
}

/** The values of a catalogue's own version, without its history. */
export function versionOf(catalogue: CatalogueVersion): CatalogueVersion {
  const { version, updatedAt, weights, thresholds, settings } = catalogue;
  return { version, updatedAt, weights, thresholds, settings };
}

/**
 * The catalogue that replaces `current` with the values of `changed` (its version and history are
 * not read): the next version number, changed at `now`, and `current` kept as the newest of the
 * earlier versions.
 */
export function nextCatalogueVersion(current: Catalogue, changed: Pick<CatalogueVersion, 'weights' | 'thresholds' | 'settings'>, now: string): Catalogue {
  const history = [...(current.history ?? []), versionOf(current)].slice(-keptCatalogueVersions);
  return { weights: changed.weights, thresholds: changed.thresholds, settings: changed.settings, version: current.version + 1, updatedAt: now, history };
}

export function createDefaultCatalogue(): Catalogue {
  return {
    version: 1,
    updatedAt: new Date(0).toISOString(),
    weights: structuredClone(defaultWeights),
    thresholds: structuredClone(defaultThresholds) as CatalogueThresholds,
    settings: { ...defaultSettings },
  };
}
