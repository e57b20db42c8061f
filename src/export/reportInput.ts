// What every export takes in: one process with its steps, answers and precomputed scores (of the
// diagram shown, in a file of several), the catalogue that scored them and the method description,
// plus the translate function and language.
import type { Department, Process, Step, StepAssessment } from '../domain/assessment';
import type { Catalogue } from '../domain/criteria';
import type { ProcessFigures, StepScore } from '../domain/scoreTypes';
import type { UiLanguage } from '../i18n/uiLocale';

/** i18next's `t`, or any function of the same shape; keys are namespaced, e.g. 'report:title'. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type ReportLanguage = UiLanguage;

/** One section of the method description printed in the appendix (e.g. from i18n `method:description.*`). */
export interface MethodSection {
  heading: string;
  paragraphs: string[];
}

/** The diagram a process's figures cover when its file holds several: its name as the app's picker shows it, and how many the file has. */
export type DiagramScope = { name: string; count: number };

export interface ReportInput {
  process: Process;
  department?: Department;
  /** the steps read from the diagram */
  steps: Step[];
  /** keyed by BPMN element id */
  assessments: ReadonlyMap<string, StepAssessment>;
  /** keyed by BPMN element id */
  scores: ReadonlyMap<string, StepScore>;
  figures: ProcessFigures;
  /** set when the file holds several diagrams: steps, answers and figures are those of this one only */
  diagramScope?: DiagramScope;
  catalogue: Catalogue;
  methodText: MethodSection[];
}
