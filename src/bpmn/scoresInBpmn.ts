// BPMN with scores: writes each step's answers, quantities, notes, flags and computed scores into
// the BPMN XML as one <pl:assessment> extension element per flow node (assessmentExtension.json),
// and reads them back; an answer its building block filled is marked prefilled="true", and the
// answers the user cleared are listed in `cleared`, so that a block change after re-import still
// takes back only the block's own answers. Other vendors' extension elements stay as they are; embedding again
// replaces, never duplicates. Reading validates every value against the criteria's scales and the
// input limits: a value out of range is dropped with a warning, the rest goes through the domain's
// restore door. Assessments written in another version of the format (the same namespace address
// with another version at its end, as a newer Prozesslotse would write them) cannot be read: they
// are reported, not silently passed over. Reading also counts the steps whose assessment holds
// something a person gave, apart from those that hold only what a new assessment of the step starts
// with (a service task's "bereits automatisiert"). The process's own facts (Lotse, status,
// description, Amt) travel as one <pl:processFacts> in the first process, so that an import can
// take them over. The XML given here has passed importDiagram's checks (size, DOCTYPE, BPMN).
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from 'bpmn-moddle';
import type { Answers, ProcessStatus, Quantities, StepAssessment } from '../domain/assessment';
import { holdsOnlyPresets, nowIso, periods, processStatuses } from '../domain/assessment';
import { collapsedName } from '../domain/recordNames';
import type { CriterionCode } from '../domain/criteria';
import { buildingBlocks, criteria } from '../domain/criteria';
import { countLimits, quantityLimits } from '../domain/inputValidation';
import type { NumericQuantity } from '../domain/inputValidation';
import { restoreStepAssessment } from '../domain/restore';
import type { StepScore } from '../domain/scoreTypes';
import { priorityStatus, usableValue } from '../domain/scoring';
import { i18n } from '../i18n/i18n';
import assessmentExtension from './assessmentExtension.json';

export const assessmentNamespace = assessmentExtension.uri;
/** The namespace address of every version of the format: the version follows it. */
const assessmentNamespaceStem = assessmentNamespace.slice(0, assessmentNamespace.lastIndexOf('/') + 1);

export interface EmbedInput {
  assessments: Iterable<StepAssessment>;
  /** computed scores by step id, written beside the answers for readers without the method */
  scores?: ReadonlyMap<string, StepScore>;
  /** the catalogue version that scored the process */
  catalogueVersion?: number;
  /** the process's facts, for an import elsewhere */
  processFacts?: ProcessFacts;
}

/** What a process says of itself beside its steps: who assesses it, how far, what it is, its Amt. */
export interface ProcessFacts {
  lotse: string;
  status: ProcessStatus;
  description: string;
  /** the Amt's code and name, as the process's workspace names it */
  department?: { code: string; name: string };
}

export interface ExtractedAssessments {
  assessments: StepAssessment[];
  /** the assessments that hold something a person gave, not only the presets of the step's type (holdsOnlyPresets) */
  assessedCount: number;
  /** one translated sentence per dropped or repaired value */
  warnings: string[];
  /** the process's facts, where the file carries them */
  processFacts?: ProcessFacts;
}

/** The parts of a bpmn-moddle element this module reads and writes. */
interface Element extends ModdleElement {
  extensionElements?: ExtensionElements;
  [property: string]: unknown;
}

interface ExtensionElements extends ModdleElement {
  values?: ModdleElement[];
}

interface AssessmentElement extends ModdleElement {
  catalogueVersion?: number;
  buildingBlock?: string;
  notApplicable?: boolean;
  alreadyAutomated?: boolean;
  updatedAt?: string;
  revision?: number;
  /** codes of the answers the user cleared, separated by spaces */
  cleared?: string;
  answers?: { code?: string; value?: string; prefilled?: boolean }[];
  quantities?: { name?: string; value?: string }[];
  notes?: string;
}

/** bpmn-moddle's writing side, which the shared declaration (moduleTypes.d.ts) leaves out. */
interface WritableModdle {
  fromXML(xml: string): Promise<{ rootElement: ModdleElement; elementsById: Record<string, ModdleElement> }>;
  create(type: string, properties?: Record<string, unknown>): ModdleElement;
  toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
}

const assessmentType = 'pl:Assessment';
const quantityFields = ['volume', 'period', 'minutesPerCase', 'errorRate', 'reworkMinutes', 'reviewMinutes', 'mediaBreakMinutes'] as const;
type QuantityField = (typeof quantityFields)[number];
const criterionByCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
const buildingBlockIds = new Set(buildingBlocks.map((block) => block.id));

let keptModdle: WritableModdle | undefined;

/** The parser with the assessment extension, made on first use and kept (as the import check keeps its own). */
function assessmentModdle(): WritableModdle {
  // the shared declaration types only fromXML; the class has create and toXML as well
  keptModdle ??= new BpmnModdle({ pl: assessmentExtension }) as unknown as WritableModdle;
  return keptModdle;
}

function flowNodes(elementsById: Record<string, ModdleElement>): Element[] {
  return Object.values(elementsById).filter((element): element is Element => element.$instanceOf('bpmn:FlowNode'));
}

function isAssessment(value: ModdleElement): value is AssessmentElement {
  return value.$instanceOf(assessmentType);
}

const processFactsType = 'pl:ProcessFacts';

interface ProcessFactsElement extends ModdleElement {
  lotse?: string;
  status?: string;
  departmentCode?: string;
  departmentName?: string;
  description?: string;
}

function isProcessFacts(value: ModdleElement): value is ProcessFactsElement {
  return value.$instanceOf(processFactsType);
}

/** Longest Lotse, Amt code or name, and description read from a file (a form field would never hold more). */
const factLimits = { line: 200, description: 10_000 };

/** The processes of the file in its order; the first carries the process's facts. */
function processesOf(rootElement: ModdleElement): Element[] {
  const roots = (rootElement as { rootElements?: ModdleElement[] }).rootElements ?? [];
  return roots.filter((element): element is Element => element.$instanceOf('bpmn:Process'));
}

/** Puts `values` as the element's extension elements, or removes them when there are none. */
function setExtensionValues(moddle: WritableModdle, element: Element, values: ModdleElement[]): void {
  if (values.length > 0) {
    const extensionElements = (element.extensionElements ?? moddle.create('bpmn:ExtensionElements')) as ExtensionElements;
    extensionElements.values = values;
    extensionElements.$parent = element;
    element.extensionElements = extensionElements;
  } else if (element.extensionElements) {
    delete element.extensionElements;
  }
}

function embedProcessFacts(moddle: WritableModdle, rootElement: ModdleElement, facts: ProcessFacts | undefined): void {
  for (const [index, process] of processesOf(rootElement).entries()) {
    const kept = (process.extensionElements?.values ?? []).filter((value) => !isProcessFacts(value));
    if (index === 0 && facts) {
      kept.push(
        moddle.create(processFactsType, {
          lotse: facts.lotse || undefined,
          status: facts.status,
          departmentCode: facts.department?.code || undefined,
          departmentName: facts.department?.name,
          description: facts.description || undefined,
        }),
      );
    }
    setExtensionValues(moddle, process, kept);
  }
}

/** A line of text from the file: trimmed, spaces collapsed, cut to its limit. */
function factLine(value: string | undefined): string {
  return collapsedName(value ?? '').slice(0, factLimits.line);
}

function readProcessFacts(rootElement: ModdleElement): ProcessFacts | undefined {
  const element = processesOf(rootElement)
    .flatMap((process) => process.extensionElements?.values ?? [])
    .find(isProcessFacts);
  if (!element) return undefined;
  const status = processStatuses.find((candidate) => candidate === element.status) ?? 'draft';
  const departmentName = factLine(element.departmentName);
  return {
    lotse: factLine(element.lotse),
    status,
    description: (element.description ?? '').trim().slice(0, factLimits.description),
    ...(departmentName ? { department: { code: factLine(element.departmentCode), name: departmentName } } : {}),
  };
}

/** Two decimals are plenty for a 0–100 score or hours per year. */
function rounded(value: number | null | undefined): number | undefined {
  return value === null || value === undefined ? undefined : Math.round(value * 100) / 100;
}

function hasContent(assessment: StepAssessment): boolean {
  return (
    Object.values(assessment.answers).some((value) => value !== undefined) ||
    Object.values(assessment.quantities).some((value) => value !== undefined) ||
    assessment.notes.trim() !== '' ||
    assessment.buildingBlock !== undefined ||
    assessment.notApplicable ||
    assessment.alreadyAutomated
  );
}

function createAssessmentElement(moddle: WritableModdle, assessment: StepAssessment, score: StepScore | undefined, catalogueVersion: number | undefined): ModdleElement {
  const prefilled = new Set(assessment.prefilled);
  const answers = criteria
    .map((criterion) => [criterion.code, assessment.answers[criterion.code]] as const)
    .filter(([, value]) => value !== undefined)
    .map(([code, value]) => moddle.create('pl:Answer', { code, value: String(value), prefilled: prefilled.has(code) || undefined }));
  const quantities = quantityFields
    .map((name) => [name, assessment.quantities[name]] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => moddle.create('pl:Quantity', { name, value: String(value) }));
  // a score answered too little to count is left out, as the app shows it as "unvollständig", not
  // as a number; so are an automated step's AS and priority, which the app shows as "erledigt"
  const scores = score
    ? moddle.create('pl:Scores', {
        ds: rounded(usableValue(score.ds)),
        as: score.automated ? undefined : rounded(usableValue(score.as)),
        ei: rounded(usableValue(score.ei)),
        effort: score.effort ?? undefined,
        priority: priorityStatus(score, 'index') === 'value' ? rounded(score.priorityIndex) : undefined,
        priorityHours: priorityStatus(score, 'hours') === 'value' ? rounded(score.priorityHours) : undefined,
        hoursSaved: rounded(score.benefit?.hoursSaved),
        recommendation: score.recommendation,
        completeness: rounded(score.completeness),
        stabiliseFirst: score.stabiliseFirst,
        assistOnly: score.assistOnly,
      })
    : undefined;
  return moddle.create(assessmentType, {
    catalogueVersion,
    buildingBlock: assessment.buildingBlock,
    notApplicable: assessment.notApplicable,
    alreadyAutomated: assessment.alreadyAutomated,
    updatedAt: assessment.updatedAt,
    revision: assessment.revision,
    cleared: assessment.cleared?.join(' '),
    answers,
    quantities,
    notes: assessment.notes === '' ? undefined : assessment.notes,
    scores,
  });
}

/**
 * Returns the XML with one <pl:assessment> per flow node that has an assessment with content,
 * replacing any earlier one; flow nodes without an assessment lose a stale one. Throws when the XML
 * cannot be parsed.
 */
export async function embedAssessments(xml: string, input: EmbedInput): Promise<string> {
  const moddle = assessmentModdle();
  const { rootElement, elementsById } = await moddle.fromXML(xml);
  const byStep = new Map<string, StepAssessment>();
  for (const assessment of input.assessments) {
    if (assessment.orphanedAt === undefined && hasContent(assessment)) byStep.set(assessment.stepId, assessment);
  }
  for (const node of flowNodes(elementsById)) {
    const assessment = node.id === undefined ? undefined : byStep.get(node.id);
    const kept = (node.extensionElements?.values ?? []).filter((value) => !isAssessment(value));
    if (assessment) {
      kept.push(createAssessmentElement(moddle, assessment, input.scores?.get(assessment.stepId), input.catalogueVersion));
    }
    setExtensionValues(moddle, node, kept);
  }
  embedProcessFacts(moddle, rootElement, input.processFacts);
  return (await moddle.toXML(rootElement, { format: true })).xml;
}

type Warn = (key: string, values: Record<string, string>) => void;

function readLevel(text: string, allowed: readonly number[]): number | undefined {
  const value = Number(text);
  return allowed.includes(value) ? value : undefined;
}

function readWhole(text: string, min: number, max: number): number | undefined {
  const value = Number(text.trim() === '' ? NaN : text);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function readBoolean(text: string): boolean | undefined {
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

/** An answer as its criterion's scale allows it, or undefined when out of range. */
function readAnswer(code: CriterionCode, text: string): number | boolean | undefined {
  const scale = criterionByCode.get(code)?.scale;
  switch (scale?.kind) {
    case 'level':
      return readLevel(text, [1, 2, 3, 4, 5]);
    case 'legalForm':
      return readLevel(text, [1, 3, 5]);
    case 'boolean':
      return readBoolean(text);
    case 'count': {
      const limits = countLimits[code as keyof typeof countLimits];
      return readWhole(text, limits.min, limits.max);
    }
    default:
      return undefined;
  }
}

/** The answers, and the codes of those marked as filled by the building block. */
function readAnswers(element: AssessmentElement, warn: Warn): { answers: Answers; prefilled: CriterionCode[] } {
  const answers: Record<string, number | boolean> = {};
  const prefilled: CriterionCode[] = [];
  for (const { code = '', value = '', prefilled: byBlock } of element.answers ?? []) {
    if (!criterionByCode.has(code as CriterionCode)) {
      warn('heatmap:embedded.unknownCriterion', { code });
      continue;
    }
    const answer = readAnswer(code as CriterionCode, value);
    if (answer === undefined) {
      warn('heatmap:embedded.answerOutOfRange', { code, value });
      continue;
    }
    answers[code] = answer;
    if (byBlock === true) prefilled.push(code as CriterionCode);
  }
  return { answers: answers as Answers, prefilled };
}

/** The codes of the answers the user cleared; unknown codes are skipped with a warning. */
function readCleared(element: AssessmentElement, warn: Warn): CriterionCode[] {
  const codes = (element.cleared ?? '').split(/\s+/).filter((code) => code !== '');
  return codes.filter((code): code is CriterionCode => {
    const known = criterionByCode.has(code as CriterionCode);
    if (!known) warn('heatmap:embedded.unknownCriterion', { code });
    return known;
  });
}

function readQuantity(name: QuantityField, text: string): number | string | undefined {
  if (name === 'period') return periods.find((period) => period === text);
  const limits = quantityLimits[name satisfies NumericQuantity];
  // the error rate is stored as a share; its limits are typed in percent
  const max = name === 'errorRate' ? limits.max / 100 : limits.max;
  const value = Number(text.trim() === '' ? NaN : text);
  return Number.isFinite(value) && value >= limits.min && value <= max ? value : undefined;
}

function readQuantities(element: AssessmentElement, warn: Warn): Quantities {
  const quantities: Record<string, number | string> = {};
  for (const { name = '', value = '' } of element.quantities ?? []) {
    const field = quantityFields.find((candidate) => candidate === name);
    if (!field) {
      warn('heatmap:embedded.unknownQuantity', { name });
      continue;
    }
    const quantity = readQuantity(field, value);
    if (quantity === undefined) warn('heatmap:embedded.quantityOutOfRange', { name, value });
    else quantities[field] = quantity;
  }
  return quantities as Quantities;
}

function readBuildingBlock(element: AssessmentElement, warn: Warn): string | undefined {
  const block = element.buildingBlock;
  if (block === undefined || buildingBlockIds.has(block)) return block;
  warn('heatmap:embedded.unknownBuildingBlock', { value: block });
  return undefined;
}

function stepLabel(node: Element): string {
  const id = node.id ?? '';
  const name = typeof node.name === 'string' ? node.name.trim() : '';
  return name ? i18n.t('heatmap:embedded.stepLabel', { name, id }) : id;
}

/**
 * One warning for each other version of the assessment format whose elements the XML holds: those
 * elements are passed over, as this version cannot read them. A namespace is in use where an element
 * has its prefix, or where it is declared as an element's default namespace.
 */
function otherFormatWarnings(xml: string): string[] {
  if (!xml.includes(assessmentNamespaceStem)) return [];
  const versions = new Set<string>();
  for (const [, prefix, uri] of xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    if (!uri.startsWith(assessmentNamespaceStem) || uri === assessmentNamespace) continue;
    if (prefix === undefined || xml.includes(`<${prefix}:`)) versions.add(uri.slice(assessmentNamespaceStem.length));
  }
  return [...versions].map((version) => i18n.t('heatmap:embedded.otherFormat', { version }));
}

/**
 * Reads every <pl:assessment> of the XML as the step assessments of the process `processId`.
 * Values out of range are dropped, each with a warning; the rest is restored; assessments in another
 * version of the format get one warning per version. Throws when the XML cannot be parsed. XML that
 * never names the assessment namespace holds none: it is not parsed (a second full parse of every
 * imported file from other tools would cost as much as its import).
 */
export async function extractAssessments(xml: string, processId: string): Promise<ExtractedAssessments> {
  const warnings = otherFormatWarnings(xml);
  if (!xml.includes(assessmentNamespace)) return { assessments: [], assessedCount: 0, warnings };
  const { rootElement, elementsById } = await assessmentModdle().fromXML(xml);
  const assessments: StepAssessment[] = [];
  let assessedCount = 0;
  for (const node of flowNodes(elementsById)) {
    const embedded = (node.extensionElements?.values ?? []).filter(isAssessment);
    if (embedded.length === 0 || node.id === undefined) continue;
    const step = stepLabel(node);
    const warn: Warn = (key, values) => warnings.push(i18n.t(key, { ...values, step }));
    if (embedded.length > 1) warn('heatmap:embedded.duplicateAssessment', {});
    const element = embedded[0];
    const { answers, prefilled } = readAnswers(element, warn);
    const cleared = readCleared(element, warn);
    const raw = {
      processId,
      stepId: node.id,
      answers,
      prefilled: prefilled.length > 0 ? prefilled : undefined,
      cleared: cleared.length > 0 ? cleared : undefined,
      quantities: readQuantities(element, warn),
      buildingBlock: readBuildingBlock(element, warn),
      notes: element.notes ?? '',
      notApplicable: element.notApplicable ?? false,
      alreadyAutomated: element.alreadyAutomated ?? false,
      lastKnownName: typeof node.name === 'string' ? node.name : undefined,
      updatedAt: element.updatedAt ?? nowIso(),
      revision: element.revision ?? 1,
    };
    const restored = restoreStepAssessment(raw, node.id);
    if (!restored.ok) {
      warn('heatmap:embedded.rejected', { detail: restored.detail ?? restored.error });
      continue;
    }
    for (const detail of restored.repairs) warn('heatmap:embedded.repaired', { detail });
    assessments.push(restored.value);
    // a service task's preset "bereits automatisiert" is written by every export, assessed or not
    if (!holdsOnlyPresets(restored.value, node.$type)) assessedCount += 1;
  }
  const processFacts = readProcessFacts(rootElement);
  return { assessments, assessedCount, warnings, ...(processFacts ? { processFacts } : {}) };
}
