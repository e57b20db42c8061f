// The portfolio report for several processes or a whole department, as one self-contained HTML
// file: processes ranked by hours saved per year (then by mean ease), the top steps across all of
// them, a short section per process (its figures list the steps whose quantities are incomplete,
// with what each lacks), and the appendix with the method and the catalogues used.
// A mean ease says what it rests on: a process's on how many of its applicable steps, as its own
// report does, the total on how many of the processes.
import type { Catalogue } from '../domain/criteria';
import { departmentTitle, namesakeGroups } from '../domain/recordNames';
import { namesakesList } from '../i18n/namesakesText';
import type { ProcessFigures, RankedSteps } from '../domain/scoreTypes';
import { rankProcesses as rankByFigures } from '../domain/scoring';
import { figureGapText, figureText, processFigureRow } from './figureRows';
import type { ReportContext } from './reportDocument';
import { pageMargins, reportDocument } from './reportDocument';
import { createReportFormat } from './reportFormat';
import type { ReportInput, ReportLanguage, Translate } from './reportInput';
import type { RankingRow } from './reportSections';
import { abbreviationKey, appendixSection, factsList, figuresBlock, processFacts, rankingBlock, rankingRows } from './reportSections';
import { stepsLackingQuantities } from './stepText';
import type { SafeHtml } from './safeHtml';
import { html } from './safeHtml';
import { tableRegion } from './tableRegion';

export interface PortfolioOptions {
  t: Translate;
  language: ReportLanguage;
  generatedAt: Date;
  appVersion: string;
  /** e.g. the department's name; defaults to the translated "Portfolio" title */
  title?: string;
  /** how many steps the cross-process ranking lists (default 10) */
  topStepCount?: number;
  /** how many ranked steps each process section lists (default 5) */
  stepsPerProcess?: number;
}

/**
 * Processes by Σ hours saved per year, descending, processes without quantities after every one
 * with some (domain rankProcesses); ties by mean ease (no value last), then name.
 */
export function rankProcesses(items: readonly ReportInput[]): ReportInput[] {
  const tieOrder = [...items].sort((a, b) => (b.figures.meanEase ?? -1) - (a.figures.meanEase ?? -1) || a.process.name.localeCompare(b.process.name));
  const { byHoursSaved } = rankByFigures(tieOrder.map((item) => ({ processId: item.process.id, figures: item.figures, item })));
  return byHoursSaved.map(({ item }) => item);
}

/** Hours when every process ranks by hours, otherwise the 0–100 index. */
export function portfolioBasis(items: readonly ReportInput[]): RankedSteps['basis'] {
  return items.length > 0 && items.every((item) => item.figures.ranking.basis === 'hours') ? 'hours' : 'index';
}

/** The steps of all processes ranked together by the shared basis, best first. */
export function topSteps(items: readonly ReportInput[], basis: RankedSteps['basis'], count: number): RankingRow[] {
  const priority = (row: RankingRow) => (basis === 'hours' ? row.score.priorityHours : row.score.priorityIndex) ?? -1;
  return items
    .flatMap((item) => rankingRows(item, item.process.name))
    .filter((row) => priority(row) >= 0)
    .sort((a, b) => priority(b) - priority(a))
    .slice(0, count);
}

function distinctCatalogues(items: readonly ReportInput[]): Catalogue[] {
  const seen = new Map<string, Catalogue>();
  for (const item of items) seen.set(`${item.catalogue.version}|${item.catalogue.updatedAt}`, item.catalogue);
  return [...seen.values()].sort((a, b) => a.version - b.version);
}

type Savings = Pick<ProcessFigures, 'hoursSaved' | 'fteSaved' | 'costSaved'>;

/**
 * Whether a process's savings leave out applicable steps, whose quantities are missing or
 * incomplete: they count only the steps with quantities, so they are a lower bound ("mindestens"),
 * never a figure that looks final. The scoring's own rule of a fully measured process decides: the
 * ranking is by hours exactly when every applicable step has them (a step already automated needs
 * none: it saves nothing more).
 */
function quantitiesPartial(figures: ProcessFigures): boolean {
  return figures.applicableCount > 0 && figures.ranking.basis !== 'hours';
}

/**
 * Whether a process's savings are a lower bound: some steps' quantities are missing, or some steps
 * with quantities count their incomplete automation potential as 0 for now (provisional savings).
 */
function savingsPartial(figures: ProcessFigures): boolean {
  return quantitiesPartial(figures) || figures.provisionalSavingCount > 0;
}

/**
 * The savings cells of a row: hours, FTE and euros as the process report shows them, each as
 * "mindestens …" where they leave out steps (`partial`), or, for a process without quantities (or a
 * total of only such), the app's "keine Mengenangaben" across the three, as that process's own
 * report says; never 0.
 */
function savingsCells(savings: Savings | null, partial: boolean, context: ReportContext): SafeHtml {
  const { format, t } = context;
  if (savings === null) return html`<td class="no-quantities" colspan="3">${figureGapText('noQuantities', t)}</td>`;
  const cell = (text: string) => html`<td class="num${partial ? ' partial' : ''}">${partial ? t('report:portfolio.atLeast', { value: text }) : text}</td>`;
  return html`${cell(format.hours(savings.hoursSaved))}${cell(format.fte(savings.fteSaved))}${cell(format.eur(savings.costSaved))}`;
}

/**
 * The row's header: the process's name; in a file of several diagrams which one its figures cover
 * ("Diagramm „IT“ von 4"); and where `lackingCount` of its steps have quantities begun but
 * incomplete, so ("Mengenangaben bei 2 Schritten unvollständig"); its section lists them with what
 * each lacks.
 */
function processCell(item: ReportInput, context: ReportContext): SafeHtml {
  const { t } = context;
  const scope = item.diagramScope;
  const lackingCount = stepsLackingQuantities(item, t, context.language).length;
  return html`<th scope="row">${item.process.name}${scope ? html`<br><span class="diagram-scope">${t('report:portfolio.diagramOf', scope)}</span>` : ''}${
    lackingCount > 0 ? html`<br><span class="note">${t('report:portfolio.incompleteQuantities', { count: lackingCount })}</span>` : ''
  }</th>`;
}

function summaryTable(ranked: readonly ReportInput[], context: ReportContext): SafeHtml {
  const { t, format } = context;
  const measured = ranked.filter((item) => item.figures.withQuantitiesCount > 0);
  const sum = (pick: (figures: Savings) => number) => measured.reduce((total, item) => total + pick(item.figures), 0);
  const total: Savings | null =
    measured.length > 0 ? { hoursSaved: sum((figures) => figures.hoursSaved), fteSaved: sum((figures) => figures.fteSaved), costSaved: sum((figures) => figures.costSaved) } : null;
  const totalPartial = ranked.some((item) => savingsPartial(item.figures));
  const eases = ranked.map((item) => item.figures.meanEase).filter((value): value is number => value !== null);
  const meanOf = (values: number[]) =>
    values.length > 0
      ? t('report:portfolio.processBasis', { value: format.number(values.reduce((a, b) => a + b, 0) / values.length, 0), rated: values.length, count: ranked.length })
      : '–';
  const meanEase = (item: ReportInput) => figureText(processFigureRow(item, 'meanEase', t), format, t);
  // as the process's report shows it: with the steps it rests on where not all have quantities, "(vorläufig)" while it counts an incomplete AS as 0
  const automationPotential = (item: ReportInput) => figureText(processFigureRow(item, 'automationPotential', t), format, t);
  const head = (key: string) => html`<th scope="col" rowspan="2">${t(key)}</th>`;
  const headNumber = (key: string) => html`<th scope="col" rowspan="2" class="num">${t(key)}</th>`;
  const table = tableRegion(
    { labelledBy: 'summary-caption' },
    html`<table class="portfolio-summary">
<caption id="summary-caption">${t('report:portfolio.summaryCaption')}</caption>
<colgroup><col style="width:7%"><col><col style="width:17%"><col style="width:11%"><col style="width:8%"><col style="width:11%"><col style="width:12%"><col style="width:13%"></colgroup>
<thead><tr>${headNumber('report:column.rank')}${head('report:column.process')}${head('report:facts.department')}<th scope="colgroup" colspan="3">${t('report:portfolio.column.saved')}</th>${headNumber('report:portfolio.column.meanEase')}${headNumber('report:portfolio.column.automationPotential')}</tr>
<tr><th scope="col" class="num">${t('report:portfolio.column.hours')}</th><th scope="col" class="num">${t('report:portfolio.column.fte')}</th><th scope="col" class="num">${t('report:portfolio.column.eur')}</th></tr></thead>
<tbody>${ranked.map(
    (item, index) => html`<tr><td class="num">${index + 1}</td>${processCell(item, context)}<td>${item.department ? departmentTitle(item.department) : ''}</td>${savingsCells(item.figures.withQuantitiesCount > 0 ? item.figures : null, savingsPartial(item.figures), context)}<td class="num">${meanEase(item)}</td><td class="num">${automationPotential(item)}</td></tr>
`,
  )}<tr class="total"><th scope="row" colspan="3">${t('report:portfolio.total')}</th>${savingsCells(total, totalPartial, context)}<td class="num">${meanOf(eases)}</td><td></td></tr></tbody>
</table>`,
  );
  return html`${table}
${total !== null && ranked.some((item) => quantitiesPartial(item.figures)) ? html`<p class="note at-least">${t('report:portfolio.atLeastNote')}</p>` : ''}
${total !== null && ranked.some((item) => item.figures.provisionalSavingCount > 0) ? html`<p class="note at-least">${t('report:portfolio.atLeastProvisionalNote')}</p>` : ''}
${namesakesNote(ranked, context)}
${abbreviationKey(['fte'], t)}`;
}

/** A warning where processes of one name in one department may be one workflow counted twice. */
function namesakesNote(items: readonly ReportInput[], context: ReportContext): SafeHtml | '' {
  const groups = namesakeGroups(items.map((item) => ({ name: item.process.name, departmentId: item.process.departmentId, department: item.department })));
  if (groups.length === 0) return '';
  const list = namesakesList(
    groups.map((group) => ({ name: group[0].name, count: group.length, department: group[0].department ? departmentTitle(group[0].department) : '' })),
    context.t,
    context.language,
  );
  return html`<p class="note namesakes">${context.t('report:portfolio.namesakes.note', { list })}</p>`;
}

/** A process's section; `id` is unique in the file and names its ranking's caption. */
function processSection(item: ReportInput, context: ReportContext, stepsPerProcess: number, id: string): SafeHtml {
  const { t } = context;
  const basis = item.figures.ranking.basis;
  return html`<section class="major process" data-process-id="${item.process.id}">
<h2>${item.process.name}</h2>
${processFacts(item, context)}
${figuresBlock(item, context)}
${rankingBlock(rankingRows(item).slice(0, stepsPerProcess), basis, context, (count) => t('report:portfolio.processTopCaption', { count }), `${id}-ranking`)}
</section>`;
}

/** The portfolio report of several processes as the content of an .html file. */
export function buildPortfolioHtml(items: readonly ReportInput[], options: PortfolioOptions): string {
  const context: ReportContext = { t: options.t, language: options.language, format: createReportFormat(options.language) };
  const { t } = context;
  const title = options.title ?? t('report:portfolio.title');
  const ranked = rankProcesses(items);
  const basis = portfolioBasis(items);
  const topStepCount = options.topStepCount ?? 10;
  const departments = [...new Set(items.flatMap((item) => (item.department ? [departmentTitle(item.department)] : [])))];
  const body = html`<header>
<h1>${title}</h1>
<p class="subtitle">${t('report:portfolio.subtitle', { count: items.length })}</p>
</header>
<section class="overview">
${factsList([
  [t('report:portfolio.departments'), departments.join(', ')],
  [t('report:portfolio.processCount'), context.format.number(items.length, 0)],
])}
<p class="note">${t('report:generated', { date: context.format.dateTime(options.generatedAt), appVersion: options.appVersion })}</p>
<h2>${t('report:portfolio.summary')}</h2>
<p class="note">${t('report:portfolio.summaryNote')}</p>
${summaryTable(ranked, context)}
<h2>${t('report:portfolio.topSteps')}</h2>
${rankingBlock(topSteps(items, basis, topStepCount), basis, context, (count) => t('report:portfolio.topStepsCaption', { count }), 'top-steps')}
</section>
${ranked.map((item, index) => processSection(item, context, options.stepsPerProcess ?? 5, `process-${index + 1}`))}
${appendixSection(items[0]?.methodText ?? [], distinctCatalogues(items), context)}`;
  return reportDocument({
    language: options.language,
    title,
    appVersion: options.appVersion,
    margins: pageMargins(context, { title, generatedAt: options.generatedAt, appVersion: options.appVersion }),
    body,
  });
}
