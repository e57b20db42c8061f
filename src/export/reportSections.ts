// Sections shared by the process report and the portfolio report: the facts of a process, its
// figure cards with the assumptions they rest on, a ranking table and its score headers, the key
// that spells out the abbreviations of a table, and the appendix with the method and the catalogue
// used. Where a step is named, a step in a sub-process is named with it, so that steps of the
// same name are told apart.
import type { OzgLevel } from '../domain/assessment';
import { isPristineCatalogue } from '../domain/criteria';
import { departmentTitle } from '../domain/recordNames';
import { formatCatalogueNumber, formatCataloguePercent } from '../i18n/catalogueFormats';
import type { Catalogue, CatalogueThresholds, CatalogueWeights, CriterionCode, WorkspaceSettings } from '../domain/criteria';
import type { RankedSteps, Score, StepScore } from '../domain/scoreTypes';
import { savingIsProvisional } from '../domain/scoring';
import type { FigureGap, FigureRow } from './figureRows';
import { figureText, processFigureRows, provisionalText } from './figureRows';
import type { ReportContext } from './reportDocument';
import type { MethodSection, ReportInput, Translate } from './reportInput';
import type { HtmlValue, SafeHtml } from './safeHtml';
import { html } from './safeHtml';
import { tableRegion } from './tableRegion';
import { criterionLabel, nameInParent, recommendationLabel, stepName, stepNameWithParent, stepParent, stepsLackingQuantities } from './stepText';

/** A definition list of label / value pairs; values that are empty show as "–". */
export function factsList(rows: readonly (readonly [string, HtmlValue])[]): SafeHtml {
  return html`<dl class="facts">${rows.map(
    ([label, value]) => html`<div><dt>${label}</dt><dd>${value === '' || value === undefined || value === null ? '–' : value}</dd></div>`,
  )}</dl>`;
}

function ozgText(context: ReportContext, level: OzgLevel | undefined): string {
  return level === undefined ? '' : context.t('report:ozg.level', { level });
}

export function processFacts(input: ReportInput, context: ReportContext): SafeHtml {
  const { process, department, diagramScope } = input;
  const { t, format } = context;
  return factsList([
    [t('report:facts.department'), department ? departmentTitle(department) : ''],
    ...(diagramScope ? [[t('report:facts.diagram'), t('report:facts.diagramOf', diagramScope)] as const] : []),
    [t('report:facts.lotse'), process.lotse],
    [t('report:facts.workshopDate'), process.workshopDate ? format.date(process.workshopDate) : ''],
    [t('report:facts.participants'), process.participants],
    [t('report:facts.ozgLevel'), ozgText(context, process.ozgLevel)],
    [t('report:facts.ozgTarget'), ozgText(context, process.ozgTarget)],
    [t('report:facts.catalogue'), catalogueVersionText(input.catalogue, context)],
    // scored last with an earlier catalogue: an earlier report of it may show other values (as the app's figures say)
    ...(process.catalogueVersion !== undefined && process.catalogueVersion < input.catalogue.version
      ? [[t('report:facts.lastScoredWith'), t('report:catalogue.lastScored', { version: process.catalogueVersion })] as const]
      : []),
  ]);
}

const gapClasses: Record<FigureGap, string> = { noQuantities: 'no-quantities', notRecorded: 'not-recorded' };

/**
 * The figure cards, the line of assumptions (working days, hours, full cost, realisation factor)
 * under them while there are hours, the media breaks and where they are, what the hours cover, and,
 * as the app's figures list them, the steps whose quantities lack what their hours need, each with
 * what it lacks ("Antrag prüfen („Zeitraum“ fehlt)"). The cards are a description list, as the
 * app's figures are: each label (dt) is read before its value (dd), which the stylesheet shows
 * large above it. A figure without a number says what the app says instead (FigureRow.gap): "keine
 * Mengenangaben" while no step has quantities, "noch nicht erfasst" while no step has answered the
 * media-break question. In a file of several diagrams the figures are those of one diagram, and say
 * so in the app's words.
 */
export function figuresBlock(input: ReportInput, context: ReportContext): SafeHtml {
  const { t } = context;
  const { figures, diagramScope } = input;
  const value = (row: FigureRow) => html`<dd class="value${row.gap === null ? '' : ` ${gapClasses[row.gap]}`}">${figureText(row, context.format, t)}</dd>`;
  const cards = processFigureRows(input, t).map(
    (row) => html`<div class="figure" data-figure="${row.key}"><dt class="label">${row.label}</dt>${value(row)}</div>`,
  );
  const breakSteps = figures.mediaBreakSteps.map((stepId) => {
    const count = input.scores.get(stepId)?.mediaBreaks ?? 0;
    return html`<li>${stepNameWithParent(input, stepId, t)}: ${t('report:figures.mediaBreakCount', { count })}</li>`;
  });
  return html`${diagramScope ? html`<p class="note diagram-scope">${t('assessment:figures.diagramScope', diagramScope)} ${t('report:figures.otherDiagramsLeftOut')}</p>` : ''}
<dl class="figures">${cards}</dl>
${hoursCoverageNote(input, t)}
${figures.withQuantitiesCount > 0 ? html`<p class="note assumptions">${assumptionsText(input.catalogue.settings, context)}</p>` : ''}
<h3>${t('report:figures.mediaBreaksWhere')}</h3>
${breakSteps.length > 0 ? html`<ul class="media-breaks">${breakSteps}</ul>` : html`<p>${mediaBreaksWhereText(input, t)}</p>`}
${figures.provisionalSavingCount > 0 ? html`<p class="note">${t('assessment:figures.provisionalSaving', { count: figures.provisionalSavingCount })}</p>` : ''}
${lackingQuantitiesBlock(input, context)}`;
}

/**
 * Right under the figures, which steps the hours, FTE, euros and the process's automation potential
 * cover: all applicable steps, or (in the app's words) only the n with quantities of the m; nothing
 * while no step has quantities (the figures then say so themselves).
 */
function hoursCoverageNote({ figures }: ReportInput, t: Translate): SafeHtml | '' {
  const withQuantities = figures.withQuantitiesCount;
  if (withQuantities === 0) return '';
  const text = withQuantities < figures.applicableCount ? t('assessment:figures.partialHours', { count: withQuantities, applicable: figures.applicableCount }) : t('report:figures.hoursCoverAll');
  return html`<p class="note hours-coverage">${text}</p>`;
}

/**
 * The settings the hours, FTE and euros rest on, in one line beside them ("Annahmen: 200
 * Arbeitstage je Jahr, …"), as the appendix's catalogue lists them.
 */
export function assumptionsText(settings: WorkspaceSettings, context: ReportContext): string {
  const { t, format, language } = context;
  return t('report:figures.assumptions', {
    workingDays: formatCatalogueNumber(settings.workingDaysPerYear, language),
    hoursPerDay: formatCatalogueNumber(settings.hoursPerDay, language),
    fteCost: format.eur(settings.fteCostPerYear),
    realisation: formatCatalogueNumber(settings.realisationFactor, language),
    share: formatCataloguePercent(settings.realisationFactor, language),
  });
}

/** The app's "Schritte mit unvollständigen Mengenangaben" with what each lacks; nothing while there are none. */
function lackingQuantitiesBlock(input: ReportInput, context: ReportContext): SafeHtml | '' {
  const { t } = context;
  const lacking = stepsLackingQuantities(input, t, context.language);
  if (lacking.length === 0) return '';
  return html`<h3>${t('assessment:figures.incompleteQuantitiesHeading')}</h3>
<p class="note">${t('assessment:figures.incompleteQuantitiesText')}</p>
<ul class="incomplete-quantities">${lacking.map(({ stepId, missing }) => html`<li>${stepNameWithParent(input, stepId, t)} ${t('assessment:figures.incompleteQuantitiesStep', { missing })}</li>`)}</ul>`;
}

/** Where media breaks occur, when no step lists one: none given, or not recorded yet while no step has answered. */
export function mediaBreaksWhereText(input: Pick<ReportInput, 'figures'>, t: Translate): string {
  return t(input.figures.mediaBreaks === null ? 'report:figures.mediaBreaksNotRecorded' : 'report:figures.noMediaBreaks');
}

/** A 0–100 score as text: the number, "unvollständig (n %)" under the minimum, or "–". */
export function scoreText(score: Score | undefined, context: ReportContext): SafeHtml {
  if (!score || score.value === null) return html`–`;
  if (score.incomplete) {
    return html`<span class="incomplete">${context.t('report:score.incompleteShare', { share: context.format.percent(score.completeness) })}</span>`;
  }
  return html`${context.format.number(score.value, score.decimals)}`;
}

/** A priority as the app shows it: hours per year as the app's hours (formatHours), marked "(vorläufig)" where they rest on provisional hours saved; the index whole. */
export function priorityText(score: StepScore, basis: RankedSteps['basis'], context: ReportContext): string {
  const value = basis === 'hours' ? score.priorityHours : score.priorityIndex;
  if (value === null) return '–';
  const text = context.format.priority(value, basis);
  // in hours, the priority rests on the hours saved, provisional as they are
  return basis === 'hours' && savingIsProvisional(score) ? provisionalText(text, context.t) : text;
}

/** The scores a column header abbreviates ("DS", "AS", "EI"). */
type ScoreCode = 'ds' | 'as' | 'ei';

/**
 * A score's column header as the app's steps table has it: the abbreviation shown (its full name
 * as a tooltip), the full name ("Digitalisierungspotenzial (DS)") read by assistive technology.
 */
export function scoreHeader(code: ScoreCode, t: Translate): SafeHtml {
  const fullName = t(`report:column.${code}`);
  return html`<th scope="col" class="num"><abbr title="${fullName}" aria-hidden="true">${t(`report:column.${code}Short`)}</abbr><span class="visually-hidden">${fullName}</span></th>`;
}

/** The abbreviations a table's headers or figures use and the key spelling them out. */
export type Abbreviation = ScoreCode | 'fte';

/**
 * The key under a table that spells out the abbreviations its headers show ("Abkürzungen: DS =
 * Digitalisierungspotenzial (0–100); …"), so that a reader of the printed page, where no tooltip
 * shows, can look them up.
 */
export function abbreviationKey(abbreviations: readonly Abbreviation[], t: Translate): SafeHtml {
  const entries = abbreviations.map((abbreviation) => t(`report:abbreviation.${abbreviation}`)).join('; ');
  return html`<p class="note key">${t('report:abbreviation.key', { entries })}</p>`;
}

function basisNote(basis: RankedSteps['basis'], context: ReportContext): SafeHtml {
  return html`<p class="note basis" data-basis="${basis}">${context.t(`report:ranking.basis.${basis}`)}</p>`;
}

export interface RankingRow {
  /** set in the portfolio, where steps of several processes are ranked together */
  processName?: string;
  stepName: string;
  /** the sub-process the step is in, if it is in one */
  parent?: string;
  score: StepScore;
}

/** A step's hours saved ("–" without quantities), marked provisional while they count an incomplete AS as 0 (as the steps table marks them). */
export function savedHours(score: StepScore, { t, format }: ReportContext): SafeHtml | string {
  if (!score.benefit) return '–';
  const hours = format.hours(score.benefit.hoursSaved);
  return savingIsProvisional(score) ? html`${hours} <span class="incomplete">(${t('method:flags.provisional')})</span>` : hours;
}

/**
 * The ranked steps as a table, each row headed by its step; the priority column shows the given
 * basis. A process report shows DS, AS and EI; the portfolio (rows with a process name) shows the
 * process and EI instead, so that the table fits an A4 page without cutting words. `id` is unique
 * in the file: the caption's id is made from it, and names the table's region.
 */
function rankingTable(rows: readonly RankingRow[], basis: RankedSteps['basis'], context: ReportContext, caption: string, id: string): SafeHtml {
  const { t } = context;
  const withProcess = rows.some((row) => row.processName !== undefined);
  const shown = (score: StepScore) => (withProcess ? [score.ei] : [score.ds, score.as, score.ei]);
  const anyIncomplete = rows.some(({ score }) => shown(score).some((value) => value.value !== null && value.incomplete));
  const scoreCodes: ScoreCode[] = withProcess ? ['ei'] : ['ds', 'as', 'ei'];
  const captionId = `${id}-caption`;
  return html`${tableRegion({ labelledBy: captionId }, html`<table class="ranking">
<caption id="${captionId}">${caption}</caption>
<colgroup><col style="width:7%">${withProcess ? html`<col style="width:20%">` : ''}<col><col style="width:11%">${scoreCodes.map(() => html`<col style="width:9%">`)}<col style="width:13%"><col style="width:17%"></colgroup>
<thead><tr><th scope="col" class="num">${t('report:column.rank')}</th>${withProcess ? html`<th scope="col">${t('report:column.process')}</th>` : ''}<th scope="col">${t('report:column.step')}</th><th scope="col" class="num">${t(`report:column.priority.${basis}`)}</th>${scoreCodes.map((code) => scoreHeader(code, t))}<th scope="col" class="num">${t('report:column.hoursSaved')}</th><th scope="col">${t('report:column.recommendation')}</th></tr></thead>
<tbody>${rows.map(
    (row, index) => html`<tr><td class="num">${index + 1}</td>${withProcess ? html`<td>${row.processName}</td>` : ''}<th scope="row">${nameInParent(t, row.stepName, row.parent)}</th><td class="num">${priorityText(row.score, basis, context)}</td>${shown(row.score).map((score) => html`<td class="num">${scoreText(score, context)}</td>`)}<td class="num">${savedHours(row.score, context)}</td><td>${recommendationLabel(t, row.score.recommendation)}</td></tr>
`,
  )}</tbody>
</table>`)}
${abbreviationKey(scoreCodes, t)}
${anyIncomplete ? html`<p class="note">${t('report:score.incompleteNote')}</p>` : ''}`;
}

/**
 * Ranked steps under the note on their basis, the caption made for the number of rows shown
 * ("Die 3 wichtigsten Schritte"); with no step ranked, the app's "no ranking yet" instead.
 */
export function rankingBlock(rows: readonly RankingRow[], basis: RankedSteps['basis'], context: ReportContext, caption: (count: number) => string, id: string): SafeHtml {
  if (rows.length === 0) return html`<p class="no-ranking">${context.t('assessment:figures.noRanking')}</p>`;
  return html`${basisNote(basis, context)}
${rankingTable(rows, basis, context, caption(rows.length), id)}`;
}

/** The process's ranking as table rows (step names looked up in the input). */
export function rankingRows(input: ReportInput, processName?: string): RankingRow[] {
  return input.figures.ranking.ranked.map((score) => ({
    processName,
    stepName: stepName(input, score.stepId),
    parent: stepParent(input, score.stepId),
    score,
  }));
}

export function methodAppendix(methodText: readonly MethodSection[], context: ReportContext): SafeHtml {
  return html`<h2>${context.t('report:appendix.method')}</h2>
${methodText.map((section) => html`<h3>${section.heading}</h3>
${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}`)}`;
}

function weightRows(weights: CatalogueWeights, context: ReportContext): SafeHtml[] {
  const groups = Object.keys(weights) as (keyof CatalogueWeights)[];
  return groups.flatMap((group) =>
    Object.entries(weights[group]).map(
      ([code, weight]: [string, number]) =>
        html`<tr><td>${context.t(`report:catalogue.weightGroup.${group}`)}</td><td>${criterionLabel(context.t, code as CriterionCode)} (${code})</td><td class="num">${formatCatalogueNumber(weight, context.language)}</td></tr>`,
    ),
  );
}

type Formatters<T> = { [K in keyof T]: (value: T[K]) => string };

// the catalogue's numbers as set, formatted as the method text and the method page state them
function thresholdFormatters({ language }: ReportContext): Formatters<CatalogueThresholds> {
  const plain = (value: number) => formatCatalogueNumber(value, language);
  const list = (values: readonly number[]) => values.map(plain).join(', ');
  const percent = (share: number) => formatCataloguePercent(share, language);
  return {
    minCompleteness: percent,
    dsEnablerBase: plain,
    effortLow: plain,
    effortMedium: plain,
    gateMaxLevel: plain,
    assistMinAs: plain,
    automateMinAs: plain,
    digitiseMinDs: plain,
    estimatedEase: plain,
    mbLevels: list,
    apBounds: list,
    stBounds: list,
    exMidpoints: (values) => values.map(percent).join(', '),
    vmYesLevel: plain,
  };
}

function settingFormatters({ language, format }: ReportContext): Formatters<WorkspaceSettings> {
  const plain = (value: number) => formatCatalogueNumber(value, language);
  return {
    workingDaysPerYear: plain,
    hoursPerDay: plain,
    fteCostPerYear: (value) => format.eur(value),
    realisationFactor: plain,
    discretionCap: plain,
  };
}

function valueRows<T extends object>(values: T, formatters: Formatters<T>, labelPrefix: string, context: ReportContext): SafeHtml[] {
  return (Object.keys(formatters) as (keyof T & string)[]).map(
    (key) => html`<tr><td>${context.t(`${labelPrefix}.${key}`)}</td><td class="num">${formatters[key](values[key])}</td></tr>`,
  );
}

/** "Version 3, Stand 5. Mai 2025", or for a catalogue never changed "Version 1, Standardwerte der Methode". */
export function catalogueVersionText(catalogue: Catalogue, context: ReportContext): string {
  return isPristineCatalogue(catalogue)
    ? context.t('report:catalogue.versionDefault', { version: catalogue.version })
    : context.t('report:catalogue.versionOf', { version: catalogue.version, date: context.format.date(catalogue.updatedAt) });
}

/** The exact catalogue that produced the numbers: weights, thresholds and settings, version and date; `id` is unique in the file. */
export function catalogueAppendix(catalogue: Catalogue, context: ReportContext, id: string): SafeHtml {
  const { t } = context;
  const table = (name: string, caption: string, markup: SafeHtml) =>
    tableRegion({ labelledBy: `${id}-${name}` }, html`<table class="catalogue-${name}"><caption id="${id}-${name}">${caption}</caption>${markup}</table>`);
  const head = (...labels: string[]) => html`<thead><tr>${labels.map((label, index) => html`<th scope="col"${index === labels.length - 1 ? html` class="num"` : ''}>${label}</th>`)}</tr></thead>`;
  return html`<h2>${t('report:appendix.catalogue')}</h2>
<p>${catalogueVersionText(catalogue, context)}</p>
${table('weights', t('report:catalogue.weights'), html`<colgroup><col style="width:45%"><col><col style="width:15%"></colgroup>
${head(t('report:catalogue.group'), t('report:catalogue.criterion'), t('report:catalogue.weight'))}
<tbody>${weightRows(catalogue.weights, context)}</tbody>`)}
${table('thresholds', t('report:catalogue.thresholds'), html`<colgroup><col><col style="width:30%"></colgroup>
${head(t('report:catalogue.name'), t('report:catalogue.value'))}
<tbody>${valueRows(catalogue.thresholds, thresholdFormatters(context), 'report:catalogue.threshold', context)}</tbody>`)}
${table('settings', t('report:catalogue.settings'), html`<colgroup><col><col style="width:30%"></colgroup>
${head(t('report:catalogue.name'), t('report:catalogue.value'))}
<tbody>${valueRows(catalogue.settings, settingFormatters(context), 'report:catalogue.setting', context)}</tbody>`)}`;
}

/** The appendix as a section starting on a new page. */
export function appendixSection(methodText: readonly MethodSection[], catalogues: readonly Catalogue[], context: ReportContext): SafeHtml {
  return html`<section class="major appendix">
${methodAppendix(methodText, context)}
${catalogues.map((catalogue, index) => catalogueAppendix(catalogue, context, `catalogue-${index + 1}`))}
</section>`;
}
