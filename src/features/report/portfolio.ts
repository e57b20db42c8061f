// The portfolio report's input: one ReportInput per chosen process, scored from its stored answers
// and the steps of its diagram with the workspace's catalogue (in a file of several diagrams, of the
// one shown, which the input then names), and the report file made from them.
import type { Department, Process, Step, StepAssessment } from '../../domain/assessment';
import type { Catalogue } from '../../domain/criteria';
import { departmentTitle } from '../../domain/recordNames';
import { scoreProcess } from '../../domain/scoring';
import { exportFileName } from '../../export/fileName';
import { buildPortfolioHtml } from '../../export/portfolioHtml';
import type { DiagramScope, MethodSection, ReportInput, ReportLanguage, Translate } from '../../export/reportInput';
import { appVersion } from './appVersion';
import type { ExportFile } from './processExports';
import { htmlMimeType } from './processExports';

export interface PortfolioProcess {
  process: Process;
  department?: Department;
  steps: Step[];
  /** every stored step record of the process; answers of removed steps are left out */
  records: readonly StepAssessment[];
  /** set when the file holds several diagrams: `steps` are those of this one */
  diagramScope?: DiagramScope;
}

/** One process scored for the portfolio: its current steps' answers, scores and figures. */
export function portfolioItem(source: PortfolioProcess, catalogue: Catalogue, methodText: MethodSection[]): ReportInput {
  const assessments = new Map<string, StepAssessment>();
  for (const record of source.records) if (record.orphanedAt === undefined) assessments.set(record.stepId, record);
  const { scores, figures } = scoreProcess(source.steps, assessments, catalogue);
  const { process, department, steps, diagramScope } = source;
  return { process, department, steps, assessments, scores, figures, diagramScope, catalogue, methodText };
}

export interface PortfolioFileOptions {
  t: Translate;
  language: ReportLanguage;
  now: Date;
  /** the report's title, e.g. the department; the translated "Portfolio" title when not given */
  title?: string;
  /** the name part of the file name, e.g. the department or "Auswahl" */
  fileNamePart: string;
}

/** The department every chosen process is in; none when they are in several. */
export function onlyDepartmentOf(chosen: readonly Process[], departments: readonly Department[]): Department | undefined {
  const departmentIds = new Set(chosen.map((process) => process.departmentId));
  return departmentIds.size === 1 ? departments.find((department) => departmentIds.has(department.id)) : undefined;
}

/**
 * What the portfolio's file name says it covers: the one department its processes are all in, every
 * process of the workspace ("Alle Ämter"), or else a selection ("Auswahl"). Before, a portfolio of
 * the whole workspace was named "Auswahl".
 */
export function portfolioFileNamePart(chosen: readonly Process[], all: readonly Process[], departments: readonly Department[], t: Translate): string {
  const only = onlyDepartmentOf(chosen, departments);
  if (only) return departmentTitle(only);
  return chosen.length === all.length ? t('exchange:portfolio.fileNameAll') : t('exchange:portfolio.fileNameSelection');
}

export function portfolioFile(items: readonly ReportInput[], options: PortfolioFileOptions): ExportFile {
  const { t, language, now, title, fileNamePart } = options;
  const content = buildPortfolioHtml(items, { t, language, generatedAt: now, appVersion, title });
  const fileName = exportFileName({ prefix: t('report:fileName.portfolio'), name: fileNamePart, date: now, extension: 'html', untitled: t('report:fileName.untitled') });
  return { content, fileName, type: htmlMimeType };
}
