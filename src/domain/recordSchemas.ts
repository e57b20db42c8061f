// The zod schemas of every stored or exchanged record (department, process, step assessment,
// catalogue, workspace meta) and the workspace snapshot types they make up. They describe the
// current schema version only; restore.ts uses them to validate, fill defaults and repair. Also
// the calendar-day check and text limit that the forms share with the schemas.
import * as z from 'zod';
import { periods, processStatuses } from './assessment';
import type { Department, Process, StepAssessment } from './assessment';
import { calendarDaySchema } from './calendarDay';
import { buildingBlocks, criterionCodes, keptCatalogueVersions } from './criteria';
import type { Catalogue, CatalogueVersion } from './criteria';

// No generated validators: the app's Content-Security-Policy has no 'unsafe-eval', and zod's eval
// probe would otherwise be reported as a policy violation on the first parse.
z.config({ jitless: true });

/** How far the app meets the accessibility requirements (BITV 2.0): fully, partly, not. */
export const complianceStatuses = ['full', 'partial', 'none'] as const;
export type ComplianceStatus = (typeof complianceStatuses)[number];

/**
 * The accessibility statement ("Erklärung zur Barrierefreiheit") as the administration that
 * deploys the app fills it in. An empty text means "not filled in yet": the app then shows its
 * own default wording or a "bitte anpassen" placeholder. Dates are calendar days (YYYY-MM-DD).
 */
export interface AccessibilityStatement {
  /** the public body responsible for the app */
  organisation: string;
  status: ComplianceStatus;
  /** the content that is not accessible and why; empty: the app's list of known limits */
  nonAccessibleContent: string;
  /** how the statement was prepared (self-assessment, test by a third party) */
  preparationMethod: string;
  preparedOn: string;
  reviewedOn: string;
  contactEmail: string;
  contactPhone: string;
  contactAddress: string;
  /** the enforcement / conciliation body (Schlichtungsstelle) and how to reach it */
  enforcementBody: string;
}

/** Small facts about the workspace kept beside the records. */
export interface WorkspaceMeta {
  lastBackupAt?: string;
  /** true once the first-start sample was written, so deleting it does not bring it back */
  sampleSeeded?: boolean;
  /** absent until the administration edits it */
  accessibilityStatement?: AccessibilityStatement;
}

/** The whole workspace as plain data: what a backup holds and what a restore writes. */
export interface WorkspaceSnapshot {
  departments: Department[];
  processes: Process[];
  assessments: StepAssessment[];
  catalogue: Catalogue;
  meta: WorkspaceMeta;
}

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
const idSchema = z.string().min(1);
const revisionSchema = z.int().min(1).default(1);
const levelSchema = z.literal([1, 2, 3, 4, 5]);
const ozgLevelSchema = z.literal([0, 1, 2, 3, 4, 5, 6, 7]);
const nonNegativeSchema = z.number().min(0);
const shareSchema = z.number().min(0).max(1);
const buildingBlockIds = buildingBlocks.map((block) => block.id);
/** a list of answers by criterion code (prefilled, cleared) */
const criterionCodeListSchema = z.array(z.enum(criterionCodes));

const recordMetaShape = {
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  revision: revisionSchema,
};

export const departmentSchema = z.object({
  ...recordMetaShape,
  name: z.string(),
  code: z.string().default(''),
}) satisfies z.ZodType<Department>;

export const processSchema = z.object({
  ...recordMetaShape,
  departmentId: idSchema,
  name: z.string(),
  lotse: z.string().default(''),
  description: z.string().default(''),
  status: z.enum(processStatuses).default('draft'),
  diagramXml: z.string(),
  diagramId: z.string().min(1).optional(),
  workshopDate: z.string().optional(),
  participants: z.string().optional(),
  ozgLevel: ozgLevelSchema.optional(),
  ozgTarget: ozgLevelSchema.optional(),
  catalogueVersion: z.int().min(1).optional(),
}) satisfies z.ZodType<Process>;

/** Each answer follows its criterion's scale (criteria.ts): levels 1–5, counts, yes/no, 1|3|5. */
export const answersSchema = z.object({
  R: levelSchema.optional(),
  Id: levelSchema.optional(),
  Is: levelSchema.optional(),
  Mb: z.int().min(0).optional(),
  Sp: levelSchema.optional(),
  Va: levelSchema.optional(),
  Ex: levelSchema.optional(),
  Sa: levelSchema.optional(),
  Ap: z.int().min(1).optional(),
  St: z.int().min(1).optional(),
  Vm: z.boolean().optional(),
  Do: levelSchema.optional(),
  Lf: z.literal([1, 3, 5]).optional(),
  Er: z.boolean().optional(),
});

export const quantitiesSchema = z.object({
  volume: nonNegativeSchema.optional(),
  period: z.enum(periods).optional(),
  minutesPerCase: nonNegativeSchema.optional(),
  errorRate: shareSchema.optional(),
  reworkMinutes: nonNegativeSchema.optional(),
  reviewMinutes: nonNegativeSchema.optional(),
  mediaBreakMinutes: nonNegativeSchema.optional(),
});

export const stepAssessmentSchema = z.object({
  processId: idSchema,
  stepId: idSchema,
  answers: answersSchema.default({}),
  quantities: quantitiesSchema.default({}),
  buildingBlock: z.enum(buildingBlockIds).optional(),
  prefilled: criterionCodeListSchema.optional(),
  cleared: criterionCodeListSchema.optional(),
  notes: z.string().default(''),
  notApplicable: z.boolean().default(false),
  alreadyAutomated: z.boolean().default(false),
  orphanedAt: isoDateTimeSchema.optional(),
  lastKnownName: z.string().optional(),
  updatedAt: isoDateTimeSchema,
  revision: revisionSchema,
})
  // a pre-filled answer is an answer; a cleared one is none; each code once
  .superRefine((record, context) => {
    const check = (field: 'prefilled' | 'cleared', answered: boolean, what: string) => {
      record[field]?.forEach((code, index) => {
        const problem =
          record[field]?.indexOf(code) !== index ? 'is listed twice' : (record.answers[code] !== undefined) !== answered ? what : undefined;
        if (problem) context.addIssue({ code: 'custom', path: [field, index], message: `"${code}" ${problem}` });
      });
    };
    check('prefilled', true, 'is listed as pre-filled but has no answer');
    check('cleared', false, 'is listed as cleared but has an answer');
  }) satisfies z.ZodType<StepAssessment>;

const weightSchema = z.number().min(0);
const percentSchema = z.number().min(0).max(100);
const boundsSchema = z.tuple([z.int().min(1), z.int().min(1), z.int().min(1), z.int().min(1)]);

export const catalogueVersionSchema = z.object({
  version: z.int().min(1),
  updatedAt: isoDateTimeSchema,
  weights: z.object({
    dsNeed: z.object({ Mb: weightSchema, Id: weightSchema }),
    dsEnablers: z.object({ Lf: weightSchema, Sp: weightSchema }),
    as: z.object({ R: weightSchema, Id: weightSchema, Is: weightSchema, Va: weightSchema }),
    ei: z.object({ Ap: weightSchema, St: weightSchema, Ex: weightSchema, Sa: weightSchema, Vm: weightSchema, Do: weightSchema }),
  }),
  thresholds: z.object({
    minCompleteness: shareSchema,
    dsEnablerBase: shareSchema,
    effortLow: percentSchema,
    effortMedium: percentSchema,
    gateMaxLevel: levelSchema,
    assistMinAs: percentSchema,
    automateMinAs: percentSchema,
    digitiseMinDs: percentSchema,
    estimatedEase: percentSchema,
    mbLevels: z.tuple([levelSchema, levelSchema, levelSchema, levelSchema]),
    apBounds: boundsSchema,
    stBounds: boundsSchema,
    exMidpoints: z.tuple([shareSchema, shareSchema, shareSchema, shareSchema, shareSchema]),
    vmYesLevel: levelSchema,
  }),
  settings: z.object({
    workingDaysPerYear: z.number().gt(0).max(366),
    hoursPerDay: z.number().gt(0).max(24),
    fteCostPerYear: nonNegativeSchema,
    realisationFactor: shareSchema,
    discretionCap: percentSchema,
  }),
}) satisfies z.ZodType<CatalogueVersion>;

export const catalogueSchema = catalogueVersionSchema.extend({
  history: z.array(catalogueVersionSchema).max(keptCatalogueVersions).optional(),
}) satisfies z.ZodType<Catalogue>;

/** The longest text the accessibility statement stores in one field. */
export const maxStatementTextLength = 20_000;

const statementTextSchema = z.string().max(maxStatementTextLength).default('');
const optionalCalendarDaySchema = z.union([z.literal(''), calendarDaySchema]).default('');

export const accessibilityStatementSchema = z.object({
  organisation: statementTextSchema,
  status: z.enum(complianceStatuses).default('partial'),
  nonAccessibleContent: statementTextSchema,
  preparationMethod: statementTextSchema,
  preparedOn: optionalCalendarDaySchema,
  reviewedOn: optionalCalendarDaySchema,
  contactEmail: statementTextSchema,
  contactPhone: statementTextSchema,
  contactAddress: statementTextSchema,
  enforcementBody: statementTextSchema,
}) satisfies z.ZodType<AccessibilityStatement>;

export const workspaceMetaSchema = z.object({
  lastBackupAt: isoDateTimeSchema.optional(),
  sampleSeeded: z.boolean().optional(),
  accessibilityStatement: accessibilityStatementSchema.optional(),
}) satisfies z.ZodType<WorkspaceMeta>;
