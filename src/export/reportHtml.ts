// The assessment report of one process as one self-contained HTML file: facts, figures, the heatmap
// pictures of the diagram and of its collapsed sub-processes (each on a landscape page when much
// wider than high, and in readable print tiles when big; heatmapImage), the ranked steps, the ease
// / benefit matrix, every step's answers, notes and recommendation (and, where its hours cannot be
// worked out yet, which quantities are missing), and the appendix with the method and the exact
// catalogue. A step in a sub-process is headed with it ("Troponin (im Teilprozess „take ECG“)"),
// so that steps of the same name are told apart.
import type { Answers, Quantities, Step } from '../domain/assessment';
import type { CriterionDefinition } from '../domain/criteria';
import { criteria } from '../domain/criteria';
import type { RankedSteps, StepScore } from '../domain/scoreTypes';
import { priorityOnEstimatedEase, priorityStatus } from '../domain/scoring';
import type { ReportHeatmap } from './heatmapImage';
import { heatmapPictures } from './heatmapImage';
import { matrixChart } from './matrixChart';
import type { ReportContext } from './reportDocument';
import { pageMargins, reportDocument } from './reportDocument';
import { createReportFormat } from './reportFormat';
import type { ReportInput, ReportLanguage, Translate } from './reportInput';
import { abbreviationKey, appendixSection, figuresBlock, priorityText, processFacts, rankingBlock, rankingRows, savedHours, scoreHeader, scoreText } from './reportSections';
import type { SafeHtml } from './safeHtml';
import { html } from './safeHtml';
import { tableRegion } from './tableRegion';
import { answerValue, buildingBlockLabel, criterionLabel, missingQuantities, periodLabel, recommendationLabel, stepNameWithParent, stepTypeLabel } from './stepText';

export interface ReportOptions {
  t: Translate;
  language: ReportLanguage;
  /** the diagram's pictures with their heatmap colours and badges drawn in (from bpmn/heatmapSvg), and their legend */
  heatmap?: ReportHeatmap;
  generatedAt: Date;
  appVersion: string;
}

function answerText(definition: CriterionDefinition, answers: Answers, context: ReportContext): string {
  const value = answers[definition.code];
  if (value === undefined) return '–';
  if (typeof value === 'boolean') return context.t(value ? 'report:yes' : 'report:no');
  const answer = answerValue(context.t, answers, definition.code);
  if (answer.kind === 'number' && answer.shown !== undefined) return answer.shown;
  switch (definition.scale.kind) {
    case 'level':
      return context.t('report:answer.level', { level: value });
    case 'legalForm':
      return context.t(`report:answer.legalForm.${value}`);
    default:
      return context.format.number(value, 0);
  }
}

/** The 14 criteria in two label / answer column pairs; its region is named by the step's heading and the caption. */
function answersTable(answers: Answers, context: ReportContext, cardId: string): SafeHtml {
  const cells = criteria.map(
    (definition) => html`<th scope="row">${criterionLabel(context.t, definition.code)} (${definition.code})</th><td>${answerText(definition, answers, context)}</td>`,
  );
  const half = Math.ceil(cells.length / 2);
  const rows = cells.slice(0, half).map((left, index) => html`<tr>${left}${cells[half + index] ?? html`<td colspan="2"></td>`}</tr>`);
  const captionId = `${cardId}-answers`;
  return tableRegion(
    { labelledBy: `${cardId}-name ${captionId}` },
    html`<table class="answers"><caption id="${captionId}">${context.t('report:step.answers')}</caption><colgroup><col style="width:31%"><col style="width:19%"><col style="width:31%"><col style="width:19%"></colgroup>
<tbody>${rows}</tbody></table>`,
  );
}

/** The quantities that were given, as "label: value" pieces; each label names its unit ("Bearbeitungszeit (Min./Fall): 15"). */
function quantityPieces(quantities: Quantities, context: ReportContext): string[] {
  const { t, format } = context;
  const minutes = (value: number) => format.number(value, 2);
  const pieces: [string, number | undefined, (value: number) => string][] = [
    [t('report:column.volume'), quantities.volume, (value) => format.number(value, 2)],
    [t('report:column.minutesPerCase'), quantities.minutesPerCase, minutes],
    [t('report:column.errorRate'), quantities.errorRate, (share) => format.number(share * 100, 1)],
    [t('report:column.reworkMinutes'), quantities.reworkMinutes, minutes],
    [t('report:column.reviewMinutes'), quantities.reviewMinutes, minutes],
    [t('report:column.mediaBreakMinutes'), quantities.mediaBreakMinutes, minutes],
  ];
  const given = pieces.filter(([, value]) => value !== undefined).map(([label, value, show]) => `${label}: ${show(value as number)}`);
  return quantities.period ? [`${t('report:column.period')}: ${periodLabel(t, quantities.period)}`, ...given] : given;
}

function stepFlags(score: StepScore | undefined, context: ReportContext): string[] {
  if (!score) return [];
  const flags: [boolean, string][] = [
    [!score.applicable, 'report:step.flag.notApplicable'],
    [score.automated, 'report:step.flag.automated'],
    [score.stabiliseFirst, 'report:step.flag.stabiliseFirst'],
    [score.assistOnly, 'report:step.flag.assistOnly'],
    [priorityOnEstimatedEase(score), 'report:step.flag.easeEstimated'],
  ];
  return flags.filter(([set]) => set).map(([, key]) => context.t(key));
}

/**
 * The step's scores as a one-row table, read as the app's steps table shows them: "erledigt" for the
 * automation potential and priority of an automated step, "unvollständig" for a priority neither
 * potential is answered enough for; for hours that cannot be worked out yet, what is missing
 * (`missing`, "„Zeitraum“ fehlt") in place of the hours saved, as the steps table says it. The
 * table has no caption; its region is named "Werte des Schritts „…“".
 */
function scoreTable(score: StepScore, basis: RankedSteps['basis'], context: ReportContext, name: string, missing: string | null): SafeHtml {
  const { t, format } = context;
  const hours = (value: number | undefined) => (value === undefined ? '–' : format.hours(value));
  const done = t('method:flags.done');
  const saved = missing === null ? savedHours(score, context) : html`<span class="incomplete">${missing}</span>`;
  const automation = score.automated ? html`${done}` : scoreText(score.as, context);
  const priorityState = priorityStatus(score, basis);
  const priority =
    priorityState === 'automated'
      ? html`${done}`
      : priorityState === 'incomplete'
        ? html`<span class="incomplete">${t('report:score.incomplete')}</span>`
        : html`${priorityText(score, basis, context)}`;
  return tableRegion(
    { label: t('report:step.scoresRegion', { step: name }) },
    html`<table class="step-scores"><colgroup><col style="width:9%"><col style="width:9%"><col style="width:9%"><col style="width:15%"><col style="width:12%"><col style="width:15%"><col style="width:15%"><col style="width:16%"></colgroup><thead><tr>${scoreHeader('ds', t)}${scoreHeader('as', t)}${scoreHeader('ei', t)}<th scope="col">${t('report:step.effort')}</th><th scope="col" class="num">${t(`report:column.priority.${basis}`)}</th><th scope="col" class="num">${t('report:column.hoursPerYear')}</th><th scope="col" class="num">${t('report:column.hoursSaved')}</th><th scope="col" class="num">${t('report:column.completeness')}</th></tr></thead>
<tbody><tr><td class="num">${scoreText(score.ds, context)}</td><td class="num">${automation}</td><td class="num">${scoreText(score.ei, context)}</td><td>${score.effort ? t(`report:effort.${score.effort}`) : '–'}</td><td class="num">${priority}</td><td class="num">${hours(score.benefit?.hoursPerYear)}</td><td class="num">${saved}</td><td class="num">${format.percent(score.completeness)}</td></tr></tbody></table>`,
  );
}

/**
 * A step's card. Cards follow the process order, but a step is numbered by its rank only (the
 * number the ranking and the matrix give it): a running number here would give "1." to another step
 * than the ranking's 1. `cardId` is unique in the file; the ids of the card's heading and captions
 * are made from it.
 */
function stepCard(input: ReportInput, step: Step, rank: number | undefined, context: ReportContext, cardId: string): SafeHtml {
  const { t } = context;
  const name = stepNameWithParent(input, step.id, t);
  const assessment = input.assessments.get(step.id);
  const score = input.scores.get(step.id);
  const applicable = score?.applicable ?? !assessment?.notApplicable;
  const flags = stepFlags(score, context);
  const meta = [
    rank === undefined ? '' : `${t('report:column.rank')} ${rank}`,
    stepTypeLabel(t, step.type),
    step.lane ? `${t('report:column.lane')}: ${step.lane}` : '',
    assessment?.buildingBlock ? `${t('report:column.buildingBlock')}: ${buildingBlockLabel(t, assessment.buildingBlock)}` : '',
  ].filter((piece) => piece !== '');
  const quantities = quantityPieces(assessment?.quantities ?? {}, context);
  const missing = missingQuantities(input, step.id, t, context.language);
  return html`<article class="card step" data-step-id="${step.id}">
<h3 id="${cardId}-name">${name}</h3>
<p class="step-meta"><span class="badge">${t('report:column.recommendation')}: ${score ? recommendationLabel(t, score.recommendation) : '–'}</span> ${[...meta, ...flags].join(' · ')}</p>
${applicable && score ? scoreTable(score, input.figures.ranking.basis, context, name, missing) : ''}
${applicable ? answersTable(assessment?.answers ?? {}, context, cardId) : ''}
${applicable ? html`<p class="quantities"><strong>${t('report:step.quantities')}:</strong> ${quantities.length > 0 ? quantities.join(' · ') : t('report:step.noQuantities')}${missing === null ? '' : html`<br><span class="incomplete">${t('report:step.hoursMissing', { missing })}</span>`}</p>` : ''}
<p class="step-notes"><strong>${t('report:column.notes')}:</strong> ${assessment?.notes ? html`<span class="notes">${assessment.notes}</span>` : t('report:step.noNotes')}</p>
</article>`;
}

/** The report of one process as the content of an .html file. */
export function buildReportHtml(input: ReportInput, options: ReportOptions): string {
  const context: ReportContext = { t: options.t, language: options.language, format: createReportFormat(options.language) };
  const { t } = context;
  const title = t('report:title', { process: input.process.name });
  const basis = input.figures.ranking.basis;
  const ranking = rankingRows(input);
  const orderedSteps = [...input.steps].sort((a, b) => a.order - b.order);
  const ranks = new Map(ranking.map((row, index) => [row.score.stepId, index + 1]));
  const body = html`<header>
<h1>${t('report:heading')}</h1>
<p class="subtitle">${input.process.name}</p>
</header>
<section class="overview">
<h2>${t('report:section.overview')}</h2>
${processFacts(input, context)}
<p class="note">${t('report:generated', { date: context.format.dateTime(options.generatedAt), appVersion: options.appVersion })}</p>
<h2>${t('report:section.figures')}</h2>
${figuresBlock(input, context)}
</section>
<section class="major heatmap">
${options.heatmap && options.heatmap.pictures.length > 0
  ? heatmapPictures(options.heatmap, { t, process: input.process.name }, html`<h2>${t('report:section.heatmap')}</h2>`, t('report:heatmap.caption'))
  : html`<h2>${t('report:section.heatmap')}</h2>
<p class="note">${t('report:heatmap.missing')}</p>`}
</section>
<section class="major ranking">
<h2>${t('report:section.ranking')}</h2>
${rankingBlock(ranking, basis, context, () => t('report:ranking.caption'), 'ranking')}
<h2>${t('report:section.matrix')}</h2>
${matrixChart(input, context, 'matrix')}
</section>
<section class="major steps">
<h2>${t('report:section.steps')}</h2>
${abbreviationKey(['ds', 'as', 'ei'], t)}
${orderedSteps.map((step, index) => stepCard(input, step, ranks.get(step.id), context, `step-${index + 1}`))}
</section>
${appendixSection(input.methodText, [input.catalogue], context)}`;
  return reportDocument({
    language: options.language,
    title,
    appVersion: options.appVersion,
    margins: pageMargins(context, { title, generatedAt: options.generatedAt, appVersion: options.appVersion }),
    body,
  });
}
