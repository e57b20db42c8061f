// Test support for the export tests (not used by the app): a hand-built process with three steps,
// answers, scores and figures (also with more steps, and ranked by hours), and a translate function over the real `report`, `assessment`,
// `method` and `table` resources (the exports reuse the app's wording for their figures, the
// matrix's areas, the recommendations and the steps table's answers).
import i18next from 'i18next';
import type { Department, Process, Step, StepAssessment } from '../domain/assessment';
import { createDefaultCatalogue } from '../domain/criteria';
import type { ProcessFigures, StepScore } from '../domain/scoreTypes';
import { testAssessment, testOpenStepScore, testScore } from '../domain/testing/fixtures';
import assessmentDe from '../i18n/locales/de/assessment.json';
import assessmentEn from '../i18n/locales/en/assessment.json';
import methodDe from '../i18n/locales/de/method.json';
import methodEn from '../i18n/locales/en/method.json';
import reportDe from '../i18n/locales/de/report.json';
import reportEn from '../i18n/locales/en/report.json';
import tableDe from '../i18n/locales/de/table.json';
import tableEn from '../i18n/locales/en/table.json';
import type { ReportInput, ReportLanguage, Translate } from './reportInput';

export function testTranslate(language: ReportLanguage): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: {
      de: { report: reportDe, assessment: assessmentDe, method: methodDe, table: tableDe },
      en: { report: reportEn, assessment: assessmentEn, method: methodEn, table: tableEn },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, options) => instance.t(key, options ?? {}) as string;
}

export const xssName = '"><img src=x onerror=alert(1)>';

const meta = { createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z', revision: 3 };

/**
 * Gewerbeanmeldung with three steps: "Antrag prüfen" (fully answered, 12.5 h saved), a step whose
 * name is an XSS payload and whose notes start with a formula, and a step marked not applicable.
 */
export function testReportInput(): ReportInput {
  const department: Department = { id: 'd-1', name: 'Ordnungsamt', code: 'Amt 32', ...meta };
  const process: Process = {
    id: 'p-1',
    departmentId: 'd-1',
    name: 'Gewerbeanmeldung',
    lotse: 'Jana Müller',
    description: '',
    status: 'assessed',
    diagramXml: '<bpmn:definitions/>',
    workshopDate: '2026-11-28',
    participants: 'Frau Öztürk; Herr Weiß',
    ozgLevel: 2,
    ozgTarget: 5,
    catalogueVersion: 3,
    ...meta,
  };
  const steps: Step[] = [
    { id: 'Task_check', name: 'Antrag prüfen', type: 'bpmn:UserTask', lane: 'Sachbearbeitung', order: 0 },
    { id: 'Task_xss', name: xssName, type: 'bpmn:Task', lane: 'Bürgerbüro', order: 1 },
    { id: 'Task_na', name: 'Deko', type: 'bpmn:ManualTask', order: 2 },
  ];
  const assessments = new Map<string, StepAssessment>([
    [
      'Task_check',
      testAssessment('Task_check', {
        answers: { R: 4, Id: 2, Is: 3, Mb: 2, Sp: 4, Va: 4, Ex: 4, Sa: 5, Ap: 2, St: 15, Vm: false, Do: 3, Lf: 3, Er: false },
        quantities: { volume: 10, period: 'daily', minutesPerCase: 7.5, errorRate: 0.05, reworkMinutes: 10, reviewMinutes: 0, mediaBreakMinutes: 2 },
        buildingBlock: 'check',
        notes: 'Gebühr 25 € prüfen; "Eilfall" beachten\nzweite Zeile',
      }),
    ],
    ['Task_xss', testAssessment('Task_xss', { answers: { R: 2, Mb: 1 }, notes: '=HYPERLINK("http://evil.example","klick")' })],
    ['Task_na', testAssessment('Task_na', { notApplicable: true })],
  ]);
  const checkScore = testOpenStepScore('Task_check', {
    ds: testScore(62.5),
    as: testScore(70),
    ei: testScore(80),
    effort: 'low',
    benefit: {
      casesPerYear: 2000,
      hoursPerYear: 300,
      fte: 0.19,
      cost: 13_461.54,
      hoursAutomatable: 210,
      hoursDigitisable: 66.7,
      hoursSaved: 12.5,
      fteSaved: 0.008,
      costSaved: 560.9,
    },
    ease: 80,
    easeEstimated: false,
    priorityIndex: 56,
    priorityHours: 10,
    recommendation: 'automate',
    completeness: 1,
    mediaBreaks: 2,
  });
  const xssScore = testOpenStepScore('Task_xss', {
    ds: testScore(40, 0.6),
    as: testScore(25, 0.25),
    ei: testScore(null, 0),
    priorityIndex: 20,
    recommendation: 'keep',
    completeness: 0.15,
    mediaBreaks: 1,
  });
  const naScore = testOpenStepScore('Task_na', { applicable: false, recommendation: 'none' });
  const scores = new Map<string, StepScore>([
    ['Task_check', checkScore],
    ['Task_xss', xssScore],
    ['Task_na', naScore],
  ]);
  const figures: ProcessFigures = {
    stepCount: 3,
    applicableCount: 2,
    scoredCount: 2,
    withQuantitiesCount: 1,
    provisionalSavingCount: 0,
    hoursPerYear: 300,
    hoursSaved: 12.5,
    fte: 0.19,
    fteSaved: 0.008,
    cost: 13_461.54,
    costSaved: 560.9,
    automationPotential: 0.7,
    mediaBreaks: 3,
    mediaBreakSteps: ['Task_check', 'Task_xss'],
    meanEase: 80,
    // only "Antrag prüfen" has its EI; the XSS step has answered no ease criterion
    easeCount: 1,
    ranking: { basis: 'index', ranked: [checkScore, xssScore] },
  };
  const catalogue = { ...createDefaultCatalogue(), version: 3, updatedAt: '2026-10-15T09:30:00.000Z' };
  const methodText = [
    { heading: 'Wie bewertet wird', paragraphs: ['Jeder Schritt wird mit fünf Fragen bewertet.', 'Die Gewichte stehen im Katalog.'] },
  ];
  return { process, department, steps, assessments, scores, figures, catalogue, methodText };
}

/**
 * The test process with four more steps, for what the spreadsheets show as the steps table does:
 * "Offen" (nothing answered), "Automatisch" (already automated, nothing answered), and "Drucken"
 * and "Scannen" with 3 and 5 media breaks (only the quick check's Mb answered).
 */
export function testReportInputWithMoreSteps(): ReportInput {
  const input = testReportInput();
  const more: [Step, StepAssessment, StepScore][] = [
    [
      { id: 'Task_open', name: 'Offen', type: 'bpmn:UserTask', order: 3 },
      testAssessment('Task_open'),
      testOpenStepScore('Task_open'),
    ],
    [
      { id: 'Task_auto', name: 'Automatisch', type: 'bpmn:ServiceTask', order: 4 },
      testAssessment('Task_auto', { alreadyAutomated: true }),
      testOpenStepScore('Task_auto', { automated: true, priorityIndex: 0, priorityHours: 0, recommendation: 'automated' }),
    ],
    [
      { id: 'Task_print', name: 'Drucken', type: 'bpmn:ManualTask', order: 5 },
      testAssessment('Task_print', { answers: { Mb: 3 } }),
      testOpenStepScore('Task_print', { mediaBreaks: 3 }),
    ],
    [
      { id: 'Task_scan', name: 'Scannen', type: 'bpmn:ManualTask', order: 6 },
      testAssessment('Task_scan', { answers: { Mb: 5 } }),
      testOpenStepScore('Task_scan', { mediaBreaks: 5 }),
    ],
  ];
  return {
    ...input,
    steps: [...input.steps, ...more.map(([step]) => step)],
    assessments: new Map([...input.assessments, ...more.map(([step, assessment]): [string, StepAssessment] => [step.id, assessment])]),
    scores: new Map([...input.scores, ...more.map(([step, , score]): [string, StepScore] => [step.id, score])]),
  };
}

/**
 * The test process ranked by hours: "Antrag prüfen" with 1,141.6 hours saved and as its priority,
 * the other applicable step with 7.46 hours, as the app shows them "1,142" and "7.5" in English.
 */
export function testReportInputRankedByHours(): ReportInput {
  const input = testReportInput();
  const byHours = (stepId: string, hours: number): StepScore => {
    const score = input.scores.get(stepId)!;
    const benefit = input.scores.get('Task_check')!.benefit!;
    // hours saved that are final: the automation potential they count is complete
    return { ...score, as: { ...score.as, completeness: 1, incomplete: false }, priorityHours: hours, benefit: { ...benefit, hoursSaved: hours } };
  };
  const check = byHours('Task_check', 1141.6);
  const xss = byHours('Task_xss', 7.46);
  return {
    ...input,
    scores: new Map([...input.scores, ['Task_check', check], ['Task_xss', xss]]),
    figures: { ...input.figures, ranking: { basis: 'hours', ranked: [check, xss] } },
  };
}

/**
 * The test process with quantities begun but incomplete: the XSS step has volume and minutes per
 * case but no period (the app says "„Zeitraum“ fehlt"), the step not applicable only a volume; no
 * hours are worked out for either.
 */
export function testReportInputWithIncompleteQuantities(): ReportInput {
  const input = testReportInput();
  const begun = (stepId: string, quantities: StepAssessment['quantities']): [string, StepAssessment] => [stepId, { ...input.assessments.get(stepId)!, quantities }];
  return {
    ...input,
    assessments: new Map([...input.assessments, begun('Task_xss', { volume: 40, minutesPerCase: 5 }), begun('Task_na', { volume: 3 })]),
  };
}
