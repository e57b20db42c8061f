import { describe, expect, it } from 'vitest';
import type { Step } from '../domain/assessment';
import { testScore } from '../domain/testing/fixtures';
import reportDe from '../i18n/locales/de/report.json';
import reportEn from '../i18n/locales/en/report.json';
import type { HeatmapLegend } from './heatmapImage';
import { buildReportHtml } from './reportHtml';
import type { ReportInput } from './reportInput';
import {
  testReportInput,
  testReportInputRankedByHours,
  testReportInputWithIncompleteQuantities,
  testReportInputWithMoreSteps,
  testTranslate,
  xssName,
} from './testReportInput';
import { testReportInputInSubProcesses } from './testReportInputInSubProcesses';
import { xssPayloads } from './xssPayloads';

const generatedAt = new Date(2026, 10, 28, 10, 30);
const hostileSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="https://evil.example/x"><rect width="10" height="10"/></a><image href="http://evil.example/i.png"/></svg>';

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

/** A legend as bpmn/heatmap's heatmapLegend makes it: value ranges, then the open state (hatched, dashed). */
const legend: HeatmapLegend = {
  title: 'Heatmap: Priorität',
  items: [
    { symbol: '0–19', label: 'sehr niedrig (0–19)', fill: '#ffffcc', stroke: '#8c8c3e', textColor: '#000000' },
    { symbol: '?', label: 'offen / unvollständig', fill: '#ffffff', stroke: '#616161', textColor: '#000000', pattern: 'hatched', dash: '6 4' },
  ],
};

function build(input: ReportInput, language: 'de' | 'en' = 'de', heatmap: { svg?: string } = { svg: hostileSvg }): string {
  return buildReportHtml(input, {
    t: testTranslate(language),
    language,
    heatmap: heatmap.svg === undefined ? undefined : { pictures: [{ svg: heatmap.svg, steps: [] }], legend },
    generatedAt,
    appVersion: '0.1.0',
  });
}

/** The test process as if no step had quantities and none were ranked yet. */
function withoutQuantitiesOrRanking(): ReportInput {
  const input = testReportInput();
  const scores = new Map([...input.scores].map(([id, score]) => [id, { ...score, benefit: null, priorityHours: null }]));
  const figures = {
    ...input.figures,
    withQuantitiesCount: 0,
    hoursPerYear: 0,
    hoursSaved: 0,
    fte: 0,
    fteSaved: 0,
    cost: 0,
    costSaved: 0,
    automationPotential: null,
    ranking: { basis: 'index' as const, ranked: [] },
  };
  return { ...input, scores, figures };
}

/** URLs in attributes or stylesheets, i.e. anything the browser could request. */
function references(document: Document): string[] {
  const attributes = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
  const styles = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '');
  return [...attributes.filter((value) => /^\s*(https?:|\/\/)|url\(/i.test(value)), ...styles.filter((css) => /url\(|@import/i.test(css))];
}

/** http(s):// in the file outside of the step notes, where a user's own text may mention a web address. */
function webAddressesOutsideNotes(markup: string, document: Document): number {
  const inNotes = [...document.querySelectorAll('.notes')].map((notes) => notes.textContent?.match(/https?:\/\//g)?.length ?? 0);
  return (markup.match(/https?:\/\//g)?.length ?? 0) - inNotes.reduce((a, b) => a + b, 0);
}

/** The test process with every fixture payload as a further step name, and payloads in every user field. */
function hostileInput(): ReportInput {
  const input = testReportInput();
  const payloads = xssPayloads();
  const extraSteps: Step[] = payloads.map((payload, index) => ({ id: `Task_p${index}`, name: payload, type: 'bpmn:Task', order: 10 + index }));
  return {
    ...input,
    process: { ...input.process, name: 'Gewerbe</style><script>alert(1)</script>', lotse: payloads[0], participants: '&#60;img src=x onerror=alert(1)&#62;' },
    department: input.department && { ...input.department, name: xssName },
    steps: [...input.steps, ...extraSteps],
    methodText: [{ heading: '<b>Methode</b>', paragraphs: ['<img src=x onerror=alert(1)>'] }],
  };
}

describe('buildReportHtml', () => {
  it('given a catalogue never changed, when the report is built, then it names the method defaults, not the epoch date', () => {
    // given
    const input = testReportInput();
    const pristine = { ...input.catalogue, version: 1, updatedAt: new Date(0).toISOString() };
    // when
    const markup = build({ ...input, catalogue: pristine });
    // then
    expect(markup).toContain('Version 1, Standardwerte der Methode');
    expect(markup).not.toContain('1970');
  });

  it('given a process scored last with an earlier catalogue, when the report is built, then its facts say so, as the app\'s figures do; scored with this one, they do not', () => {
    const input = testReportInput();
    const facts = (markup: string) =>
      Object.fromEntries([...parse(markup).querySelectorAll('section.overview dl.facts > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]));

    const earlier = facts(build({ ...input, process: { ...input.process, catalogueVersion: input.catalogue.version - 1 } }));
    const current = facts(build({ ...input, process: { ...input.process, catalogueVersion: input.catalogue.version } }));

    expect(earlier['Zuletzt bewertet mit']).toBe(`Kriterienkatalog Version ${input.catalogue.version - 1}; Werte aus jener Zeit, etwa in einem früheren Bericht, können von diesen abweichen`);
    expect(current).not.toHaveProperty('Zuletzt bewertet mit');
  });

  describe('given the German report of the test process', () => {
    const markup = build(testReportInput());
    const document = parse(markup);
    const figure = (key: string) => document.querySelector(`[data-figure="${key}"] .value`)?.textContent;

    it('then it is one HTML document in German with the strict CSP and no scripts or external references', () => {
      expect(markup.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(document.documentElement.lang).toBe('de');
      const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      expect(markup).not.toMatch(/<script/i);
      expect(references(document)).toEqual([]);
      expect(webAddressesOutsideNotes(markup, document)).toBe(0);
      expect(document.querySelectorAll('link, script, iframe, object, embed, base')).toHaveLength(0);
    });

    it('then all its content is in one main landmark (a screen reader\'s "skip to main")', () => {
      expect(document.querySelectorAll('main')).toHaveLength(1);
      expect([...document.body.children].map((child) => child.localName)).toEqual(['main']);
      expect(document.querySelector('main > header h1')?.textContent).toBe('Bewertungsbericht');
    });

    it('then the title and the process facts are there', () => {
      expect(document.title).toBe('Bewertungsbericht – Gewerbeanmeldung');
      const facts = Object.fromEntries([...document.querySelectorAll('section.overview dl.facts > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]));
      expect(facts).toMatchObject({
        // as the app names them (the workspace, the process's fields)
        Amt: 'Amt 32 – Ordnungsamt',
        'Verantwortliche/r Lotse/Lotsin': 'Jana Müller',
        'Workshop am': '28. November 2026',
        Teilnehmende: 'Frau Öztürk; Herr Weiß',
        'OZG-Reifegrad heute': 'Stufe 2 von 7',
        'OZG-Reifegrad Ziel': 'Stufe 5 von 7',
        Kriterienkatalog: 'Version 3, Stand 15. Oktober 2026',
      });
    });

    it('then the figures are formatted the German way, those from quantities with the steps they rest on (1 of the 2)', () => {
      const onOneStep = (value: string) => `${value} (aus 1 von 2 Schritten)`;
      expect(figure('hoursPerYear')).toBe(onOneStep('300'));
      // hours as the app's figures show them: whole from 10 hours on
      expect(figure('hoursSaved')).toBe(onOneStep('13'));
      expect(figure('fte')).toBe(onOneStep('0,19'));
      expect(figure('cost')).toBe(onOneStep('13.462\u00a0€'));
      expect(figure('costSaved')).toBe(onOneStep('561\u00a0€'));
      expect(figure('automationPotential')).toBe(onOneStep('70\u00a0%'));
      expect(figure('mediaBreaks')).toBe('3');
      const where = [...document.querySelectorAll('ul.media-breaks li')].map((item) => item.textContent);
      expect(where).toEqual(['Antrag prüfen: 2 Medienbrüche', `${xssName}: 1 Medienbruch`]);
    });

    it('then the heatmap is one SVG image from a data URL, shown as a picture with an alt text', () => {
      const images = document.querySelectorAll('image');
      expect(images).toHaveLength(1);
      expect(images[0].getAttribute('href')).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(document.querySelector('section.heatmap svg.heatmap-overview[role="img"]')?.getAttribute('aria-label')).toContain('Gewerbeanmeldung');
    });

    it('then the heatmap\'s legend is text under the image: each badge symbol beside its words, in the legend\'s order', () => {
      const caption = document.querySelector('section.heatmap figure figcaption');
      expect(caption?.querySelector('.legend-title')?.textContent).toBe('Heatmap: Priorität');
      const items = [...(caption?.querySelectorAll('dl.heatmap-legend > div') ?? [])].map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]);
      expect(items).toEqual([
        ['0–19', 'sehr niedrig (0–19)'],
        ['?', 'offen / unvollständig'],
      ]);
      const swatches = [...(caption?.querySelectorAll('dt .swatch') ?? [])] as HTMLElement[];
      expect(swatches.map((swatch) => [swatch.style.borderStyle, swatch.classList.contains('hatched')])).toEqual([
        ['solid', false],
        ['dashed', true],
      ]);
      expect(swatches[0].style.backgroundColor).toBe('rgb(255, 255, 204)');
    });

    it('then the ranking says its basis and lists the steps in the engine\'s order', () => {
      expect(document.querySelector('.ranking p.basis')?.getAttribute('data-basis')).toBe('index');
      const rows = [...document.querySelectorAll('table.ranking tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
      expect(rows).toHaveLength(2);
      // rank, step, priority (0–100), DS, AS, EI, hours saved (12.5: whole from 10 on, as the app shows them), recommendation
      expect(rows[0]).toEqual(['1', 'Antrag prüfen', '56', '63', '70', '80', '13', 'automatisieren']);
      expect(rows[1][4]).toBe('unvollst. (25\u00a0%)');
      expect(document.querySelector('section.ranking')?.textContent).toContain('„unvollst.“: Zu diesem Wert ist weniger');
    });

    it('then the matrix is an inline SVG with a table of its points', () => {
      expect(document.querySelector('section.ranking figure.matrix svg[role="img"]')).not.toBeNull();
      expect(document.querySelectorAll('table.matrix-points tbody tr')).toHaveLength(2);
    });

    it('then every step has a card with its answers, notes and recommendation, in process order', () => {
      const cards = [...document.querySelectorAll('article.step')];
      expect(cards.map((card) => card.getAttribute('data-step-id'))).toEqual(['Task_check', 'Task_xss', 'Task_na']);
      const check = cards[0];
      // numbered by the rank the ranking gives it, not by a running number of the cards
      expect(check.querySelector('h3')?.textContent).toBe('Antrag prüfen');
      const rankRow = [...document.querySelectorAll<HTMLTableRowElement>('section.ranking table tbody tr')].find((row) => row.textContent?.includes('Antrag prüfen'));
      const rank = rankRow?.cells[0].textContent;
      expect(rank).toMatch(/^\d+$/);
      expect(check.querySelector('.step-meta')?.textContent).toBe(`Empfehlung: automatisieren Rang ${rank} · Benutzeraufgabe · Lane: Sachbearbeitung · Baustein: Prüfen`);
      // a step out of the ranking (not applicable) has no rank
      expect(cards[2].querySelector('.step-meta')?.textContent).not.toMatch(/Rang/);
      expect(check.querySelector('.badge')?.textContent).toBe('Empfehlung: automatisieren');
      const scores = [...check.querySelectorAll('table.step-scores td')].map((cell) => cell.textContent);
      // DS, AS, EI, effort, priority (0–100), hours today, hours saved (12.5, whole from 10 hours on,
      // as the app's figures and steps table round hours), completeness
      expect(scores).toEqual(['63', '70', '80', 'geringer Aufwand', '56', '300', '13', '100\u00a0%']);
      const answers = Object.fromEntries([...check.querySelectorAll('table.answers th')].map((th) => [th.textContent, th.nextElementSibling?.textContent]));
      expect(answers).toMatchObject({
        'Regelbasiert (R)': '4 von 5',
        'Medienbrüche (Mb)': '2',
        'Formerfordernis (Lf)': 'Schriftform, elektronisch ersetzbar (§ 3a VwVfG)',
        'Ermessen (Er)': 'nein',
        'Arbeitsschritte (St)': '15',
      });
      expect(answers['Varianten (Va)']).toBe('4 von 5');
      expect(check.querySelector('.quantities')?.textContent).toBe(
        'Mengen: Zeitraum: täglich (je Arbeitstag) · Fallzahl je Zeitraum: 10 · Bearbeitungszeit (Min./Fall): 7,5 · Fehlerquote (%): 5 · Nacharbeit (Min./Fehlerfall): 10 · Prüfzeit (Min./Fall): 0 · Zeit für Medienbrüche (Min./Fall): 2',
      );
      expect(check.querySelector('.notes')?.textContent).toBe('Gebühr 25 € prüfen; "Eilfall" beachten\nzweite Zeile');
      const xss = cards[1];
      expect([...xss.querySelectorAll('table.answers td')].map((cell) => cell.textContent).filter((text) => text !== '–')).toEqual(['2 von 5', '1']);
      expect(xss.querySelector('.quantities')?.textContent).toBe('Mengen: keine Mengen erfasst');
      const notApplicable = cards[2];
      // the app's term, "nicht anwendbar", in the recommendation and the flag alike
      expect(notApplicable.querySelector('.badge')?.textContent).toBe('Empfehlung: nicht anwendbar');
      expect(notApplicable.textContent).toContain('nicht anwendbar (zählt in keiner Summe)');
      expect(notApplicable.textContent).not.toContain('bewertbar');
      expect(notApplicable.querySelector('table')).toBeNull();
      expect(notApplicable.querySelector('.step-notes')?.textContent).toBe('Notizen: Keine Notizen.');
    });

    it('then the appendix starts on a new page with the method and the exact catalogue', () => {
      const appendix = document.querySelector('section.major.appendix');
      expect(appendix?.querySelector('h3')?.textContent).toBe('Wie bewertet wird');
      expect(appendix?.textContent).toContain('Version 3, Stand 15. Oktober 2026');
      const weights = [...(appendix?.querySelectorAll('table.catalogue-weights tbody tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent));
      // the default weights: DS need Mb 0.6 …, EI Ap 0.25 …
      expect(weights[0]).toEqual(['Digitalisierungspotenzial: Bedarf', 'Medienbrüche (Mb)', '0,6']);
      expect(weights).toContainEqual(['Umsetzbarkeit', 'Anzahl Anwendungen (Ap)', '0,25']);
      const settings = Object.fromEntries([...(appendix?.querySelectorAll('table.catalogue-settings tbody tr') ?? [])].map((row) => [row.children[0].textContent, row.children[1].textContent]));
      expect(settings).toEqual({
        'Arbeitstage je Jahr': '200',
        'Arbeitsstunden je Tag': '7,8',
        'Vollkosten einer Vollzeitstelle je Jahr': '70.000\u00a0€',
        Realisierungsfaktor: '0,8',
        'Obergrenze des Automatisierungspotenzials bei Ermessen': '50',
      });
      const thresholds = Object.fromEntries([...(appendix?.querySelectorAll('table.catalogue-thresholds tbody tr') ?? [])].map((row) => [row.children[0].textContent, row.children[1].textContent]));
      expect(thresholds['Ausnahmenanteil (Klassenmitte) für Stufe 1 bis 5']).toBe('50\u00a0%, 27,5\u00a0%, 15\u00a0%, 7,5\u00a0%, 2,5\u00a0%');
      expect(thresholds['Mindestvollständigkeit, ab der ein Wert gezeigt wird']).toBe('50\u00a0%');
    });

    it('then the major sections start on new pages and the page footer counts pages', () => {
      expect([...document.querySelectorAll('section.major')].map((section) => section.className)).toEqual([
        'major heatmap', 'major ranking', 'major steps', 'major appendix',
      ]);
      expect(document.querySelector('style')?.textContent).toContain('"Seite " counter(page) " von " counter(pages)');
    });
  });

  it('given two steps of the same name in different sub-processes, when the report is built, then the cards, the ranking and the media breaks name each with its sub-process', () => {
    const document = parse(build(testReportInputInSubProcesses()));
    const first = 'Troponin (im Teilprozess „take ECG“)';
    const second = 'Troponin (im Teilprozess „Blutabnahme“)';
    // the step on the top level is named as before
    expect([...document.querySelectorAll('article.step h3')].map((heading) => heading.textContent)).toEqual([first, second, 'Deko']);
    expect(document.querySelector('article.step[data-step-id="Task_check"] [role="region"][aria-label^="Werte"]')?.getAttribute('aria-label')).toBe(`Werte des Schritts „${first}“`);
    expect([...document.querySelectorAll('table.ranking tbody th')].map((cell) => cell.textContent)).toEqual([first, second]);
    expect([...document.querySelectorAll('ul.media-breaks li')].map((item) => item.textContent)).toEqual([`${first}: 2 Medienbrüche`, `${second}: 1 Medienbruch`]);

    const english = parse(build(testReportInputInSubProcesses(), 'en'));
    expect(english.querySelector('article.step h3')?.textContent).toBe('Troponin (in sub-process “take ECG”)');
  });

  it('given an open and an automated step, when the report is built, then their cards read as the steps table: "unvollständig" and "erledigt", no estimated ease', () => {
    const document = parse(build(testReportInputWithMoreSteps()));
    const card = (stepId: string) => document.querySelector(`article.step[data-step-id="${stepId}"]`);
    const scores = (stepId: string) => [...(card(stepId)?.querySelectorAll('table.step-scores td') ?? [])].map((cell) => cell.textContent);
    const flags = (stepId: string) => card(stepId)?.textContent ?? '';

    // DS, AS, EI, effort, priority (0–100), hours today, hours saved, completeness
    expect(scores('Task_auto').slice(1, 5)).toEqual(['erledigt', '–', '–', 'erledigt']);
    expect(scores('Task_open')[4]).toBe('unvollständig');
    for (const stepId of ['Task_auto', 'Task_open']) expect(flags(stepId), stepId).not.toContain('Umsetzbarkeit geschätzt');
    // a step whose priority is shown on the estimated ease keeps the flag
    expect(flags('Task_xss')).toContain('Umsetzbarkeit geschätzt');
  });

  it('given a catalogue with finer numbers, when the report is built, then its tables state them as set, as the method text does', () => {
    const input = testReportInput();
    const catalogue = structuredClone(input.catalogue);
    catalogue.settings.realisationFactor = 0.875;
    catalogue.settings.hoursPerDay = 7.875;
    catalogue.weights.dsNeed.Mb = 0.6125;
    catalogue.thresholds.minCompleteness = 0.425;
    catalogue.thresholds.exMidpoints = [0.5, 0.275, 0.1525, 0.075, 0.025];
    const appendix = parse(build({ ...input, catalogue })).querySelector('section.major.appendix');
    const rows = (table: string) => Object.fromEntries([...(appendix?.querySelectorAll(`table.${table} tbody tr`) ?? [])].map((row) => [row.children.length === 3 ? row.children[1].textContent : row.children[0].textContent, row.children[row.children.length - 1].textContent]));

    expect(rows('catalogue-settings')).toMatchObject({ Realisierungsfaktor: '0,875', 'Arbeitsstunden je Tag': '7,875' });
    expect(rows('catalogue-weights')['Medienbrüche (Mb)']).toBe('0,6125');
    expect(rows('catalogue-thresholds')).toMatchObject({
      'Mindestvollständigkeit, ab der ein Wert gezeigt wird': '42,5\u00a0%',
      'Ausnahmenanteil (Klassenmitte) für Stufe 1 bis 5': '50\u00a0%, 27,5\u00a0%, 15,25\u00a0%, 7,5\u00a0%, 2,5\u00a0%',
    });
  });

  it('given steps with 3 and 5 media breaks, when the report is built, then their media-break answer reads "3+", as in the steps table', () => {
    const document = parse(build(testReportInputWithMoreSteps()));
    const mediaBreaks = (stepId: string) =>
      [...document.querySelectorAll(`[data-step-id="${stepId}"] table.answers th`)].find((cell) => cell.textContent === 'Medienbrüche (Mb)')?.nextElementSibling?.textContent;
    expect(mediaBreaks('Task_print')).toBe('3+');
    expect(mediaBreaks('Task_scan')).toBe('3+');
    expect(mediaBreaks('Task_xss')).toBe('1');
  });

  describe('given no step with quantities and none ranked', () => {
    const document = parse(build(withoutQuantitiesOrRanking()));
    const figure = (key: string) => document.querySelector(`[data-figure="${key}"] .value`)?.textContent;

    it('then the figures from quantities say so, as the app does, instead of 0 hours and 0 €', () => {
      for (const key of ['hoursPerYear', 'hoursSaved', 'fte', 'fteSaved', 'cost', 'costSaved', 'automationPotential']) {
        expect(figure(key), key).toBe('keine Mengenangaben');
      }
      // counts and scores stay numbers: 3 media breaks, mean ease 80 (only "Antrag prüfen" of the 2 applicable steps has its EI), 3 steps
      expect(figure('mediaBreaks')).toBe('3');
      expect(figure('meanEase')).toBe('80 (aus 1 von 2 Schritten)');
      expect(figure('stepCount')).toBe('3');
    });

    it('then the ranking shows the app\'s message instead of an empty table', () => {
      const ranking = document.querySelector('section.ranking');
      expect(ranking?.querySelector('table.ranking')).toBeNull();
      expect(ranking?.querySelector('p.basis')).toBeNull();
      expect(ranking?.textContent).toContain('Noch kein Schritt ist weit genug bewertet für eine Rangfolge. Beantworten Sie dazu den Schnellcheck der Schritte.');
    });
  });

  describe('given no applicable step has answered the media-break question', () => {
    const input = testReportInput();
    const scores = new Map([...input.scores].map(([id, score]) => [id, { ...score, mediaBreaks: null }]));
    const document = parse(build({ ...input, scores, figures: { ...input.figures, mediaBreaks: null, mediaBreakSteps: [] } }));

    it('then the media breaks are not recorded yet, in the app\'s words, not "0" or "none given"', () => {
      expect(document.querySelector('[data-figure="mediaBreaks"] .value')?.textContent).toBe('noch nicht erfasst');
      const where = document.querySelector('section.overview h3 + p')?.textContent;
      expect(where).toBe('Noch nicht erfasst: Kein anwendbarer Schritt hat die Frage nach Medienbrüchen beantwortet.');
      expect(document.body.textContent).not.toContain('In keinem Schritt wurden Medienbrüche angegeben.');
    });
  });

  describe('given steps that answered the media-break question with 0', () => {
    const input = testReportInput();
    const document = parse(build({ ...input, figures: { ...input.figures, mediaBreaks: 0, mediaBreakSteps: [] } }));

    it('then the media breaks are 0 and no step has any', () => {
      expect(document.querySelector('[data-figure="mediaBreaks"] .value')?.textContent).toBe('0');
      expect(document.querySelector('section.overview h3 + p')?.textContent).toBe('In keinem Schritt wurden Medienbrüche angegeben.');
    });
  });

  describe('given the report read by a screen reader', () => {
    /** A header cell as shown (its aria-hidden abbreviation) and as read (its visually hidden name). */
    const shownAndRead = (header: Element) => [header.querySelector('[aria-hidden="true"]')?.textContent, header.querySelector('.visually-hidden')?.textContent];
    const codedHeaders = (document: Document, table: string) =>
      [...document.querySelectorAll(`${table} thead th`)].filter((header) => header.querySelector('.visually-hidden')).map(shownAndRead);

    it('then the figures are a description list: each figure reads its label (dt) first, then its value (dd)', () => {
      // given
      const document = parse(build(testReportInput()));
      // when
      const figures = [...document.querySelectorAll('section.overview dl.figures > div.figure[data-figure]')];
      // then
      expect(figures).toHaveLength(document.querySelectorAll('[data-figure]').length);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) expect([...figure.children].map((child) => child.localName), figure.getAttribute('data-figure') ?? '').toEqual(['dt', 'dd']);
      const read = figures.map((figure) => [figure.querySelector('dt')?.textContent, figure.querySelector('dd')?.textContent]);
      expect(read).toContainEqual([reportDe.figures.hoursPerYear, '300 (aus 1 von 2 Schritten)']);
      expect(read).toContainEqual([reportDe.figures.mediaBreaks, '3']);
      expect(read.findIndex(([label]) => label === reportDe.figures.mediaBreaks) + 1).toBe(read.findIndex(([label]) => label === reportDe.figures.meanEase));
    });

    it('then DS, AS and EI show their abbreviation and name their column in full, in the words of the language', () => {
      for (const [language, words] of [['de', reportDe], ['en', reportEn]] as const) {
        const document = parse(build(testReportInput(), language));
        const expected = [
          [words.column.dsShort, words.column.ds],
          [words.column.asShort, words.column.as],
          [words.column.eiShort, words.column.ei],
        ];
        expect(codedHeaders(document, 'table.ranking'), language).toEqual(expected);
        expect(codedHeaders(document, 'article.step table.step-scores'), language).toEqual([...expected, ...expected]);
      }
    });

    it('then the abbreviation is shown and the full name is kept from the page by the stylesheet', () => {
      const document = parse(build(testReportInput()));
      const header = [...document.querySelectorAll('table.ranking thead th')].find((cell) => cell.querySelector('.visually-hidden'));
      expect(header?.querySelector('abbr[aria-hidden="true"]')?.textContent).toBe('DS');
      expect(document.querySelector('style')?.textContent).toMatch(/\.visually-hidden \{[^}]*clip: rect\(0 0 0 0\)/);
    });

    it('then on paper, where no tooltip shows, a key right under the ranking and at the head of the step cards spells out DS, AS and EI, and the staff figure spells out VZÄ at its first use', () => {
      for (const [language, key, fte] of [
        ['de', 'Abkürzungen: DS = Digitalisierungspotenzial (0–100); AS = Automatisierungspotenzial (0–100); EI = Umsetzbarkeit (0–100).', 'Personal heute in Vollzeitäquivalenten (VZÄ)'],
        ['en', 'Abbreviations: DS = digitisation potential (0–100); AS = automation potential (0–100); EI = ease of implementation (0–100).', 'Staff today in full-time equivalents (FTE)'],
      ] as const) {
        const document = parse(build(testReportInput(), language));
        expect(document.querySelector('.table-scroll:has(table.ranking) + p.key')?.textContent, language).toBe(key);
        expect(document.querySelector('section.steps h2 + p.key')?.textContent, language).toBe(key);
        expect(document.querySelector('[data-figure="fte"] dt')?.textContent, language).toBe(fte);
      }
    });

    it('then each row of the ranking is headed by its step: the step name is the row header', () => {
      const document = parse(build(testReportInput()));
      const rows = [...document.querySelectorAll('table.ranking tbody tr')];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((row) => [...row.querySelectorAll('th')].map((header) => [header.getAttribute('scope'), header.textContent]))).toEqual([
        [['row', 'Antrag prüfen']],
        [['row', xssName]],
      ]);
    });
  });

  describe('given a file of four diagrams, the process shown on "IT"', () => {
    const document = parse(build({ ...testReportInput(), diagramScope: { name: 'IT', count: 4 } }));

    it('then the facts name the diagram and say that answers on the others are not included', () => {
      const facts = Object.fromEntries([...document.querySelectorAll('section.overview dl.facts > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]));
      expect(facts.Diagramm).toBe('„IT“, eines von 4 Diagrammen der Datei; Antworten auf den anderen Diagrammen sind nicht enthalten');
    });

    it('then the figures say so in the words of the app\'s figures', () => {
      const note = document.querySelector('section.overview .diagram-scope')?.textContent;
      expect(note).toBe(
        'Die Datei enthält 4 Diagramme; diese Kennzahlen gelten für das gezeigte Diagramm „IT“. Antworten auf den anderen Diagrammen der Datei sind in diesen Kennzahlen nicht enthalten.',
      );
    });

    it('then, in a file of one diagram, neither is said', () => {
      const single = parse(build(testReportInput()));
      expect(single.querySelector('.diagram-scope')).toBeNull();
      expect([...single.querySelectorAll('dl.facts dt')].map((term) => term.textContent)).not.toContain('Diagramm');
      expect(single.body.textContent).not.toContain('Diagrammen der Datei');
    });
  });

  describe('given a step whose hours saved count its incomplete automation potential as 0', () => {
    const base = testReportInput();
    const check = base.scores.get('Task_check')!;
    const input = { ...base, scores: new Map(base.scores).set('Task_check', { ...check, as: testScore(25, 0.25) }), figures: { ...base.figures, provisionalSavingCount: 1 } };

    it('then its card and the savings among the figures say "vorläufig", and a note says why', () => {
      const saved = (built: Document) => built.querySelector('article.step[data-step-id="Task_check"]')?.querySelectorAll('table.step-scores td')[6]?.textContent;
      const document = parse(build(input));
      expect(saved(document)).toBe(`${saved(parse(build(base)))} (vorläufig)`);
      expect([...document.querySelectorAll('[data-figure="hoursSaved"] dd, [data-figure="automationPotential"] dd')].map((value) => value.textContent)).toEqual([
        expect.stringMatching(/ \(vorläufig\)$/),
        expect.stringMatching(/ \(vorläufig\)$/),
      ]);
      expect(document.querySelector('[data-figure="hoursPerYear"] dd')?.textContent).not.toContain('vorläufig');
      expect(document.body.textContent).toContain('Vorläufig: Bei einem Schritt mit Mengenangaben ist das Automatisierungspotenzial noch unvollständig.');
    });
  });

  describe('given a step whose quantities lack the period, and a step not applicable with only a volume', () => {
    const card = (document: Document, stepId: string) => document.querySelector(`article.step[data-step-id="${stepId}"]`);
    const savedCell = (document: Document, stepId: string) => card(document, stepId)?.querySelectorAll('table.step-scores td')[6]?.textContent;

    it('then its card says what is missing, in the app\'s words, where the hours saved would stand and under the quantities given', () => {
      const document = parse(build(testReportInputWithIncompleteQuantities()));
      expect(savedCell(document, 'Task_xss')).toBe('„Zeitraum“ fehlt');
      expect(card(document, 'Task_xss')?.querySelector('.quantities')?.textContent).toBe(
        'Mengen: Fallzahl je Zeitraum: 40 · Bearbeitungszeit (Min./Fall): 5Stunden noch nicht berechnet: „Zeitraum“ fehlt.',
      );
      // a step with its hours worked out, and one without any quantity, read as before
      expect(savedCell(document, 'Task_check')).toBe('13');
      expect(card(parse(build(testReportInput())), 'Task_xss')?.querySelector('.quantities')?.textContent).toBe('Mengen: keine Mengen erfasst');
    });

    it('then the figures list the applicable step with what it lacks under the app\'s heading, the step\'s name as text', () => {
      const document = parse(build(testReportInputWithIncompleteQuantities()));
      const heading = [...document.querySelectorAll('section.overview h3')].find((h3) => h3.textContent === 'Schritte mit unvollständigen Mengenangaben');
      expect(heading?.nextElementSibling?.textContent).toBe('Diese Schritte zählen in Stunden, VZÄ und Euro erst mit, wenn ergänzt ist, was fehlt.');
      expect([...document.querySelectorAll('ul.incomplete-quantities li')].map((item) => item.textContent)).toEqual([`${xssName} („Zeitraum“ fehlt)`]);
      expect(document.querySelector('img[src="x"]')).toBeNull();
    });

    it('then, with no quantities begun, the figures have no such list', () => {
      const document = parse(build(testReportInput()));
      expect(document.querySelector('ul.incomplete-quantities')).toBeNull();
      expect(document.body.textContent).not.toContain('unvollständigen Mengenangaben');
    });

    it('then the English report says it in English', () => {
      const document = parse(build(testReportInputWithIncompleteQuantities(), 'en'));
      expect(savedCell(document, 'Task_xss')).toBe('missing: “Period”');
      expect(card(document, 'Task_xss')?.querySelector('.quantities .incomplete')?.textContent).toBe('Hours not yet calculated, missing: “Period”.');
      expect([...document.querySelectorAll('ul.incomplete-quantities li')].map((item) => item.textContent)).toEqual([`${xssName} (missing: “Period”)`]);
    });
  });

  describe('given the savings in hours, FTE and euros on the first page', () => {
    it('then one line beside them names the settings they rest on: working days, hours a day, full cost and realisation factor', () => {
      const input = testReportInput();
      const settings = { ...input.catalogue.settings, workingDaysPerYear: 210, hoursPerDay: 7.5, fteCostPerYear: 68_500, realisationFactor: 0.75 };
      const built = (language: 'de' | 'en') => parse(build({ ...input, catalogue: { ...input.catalogue, settings } }, language));
      expect(built('de').querySelector('section.overview dl.figures + p.hours-coverage + p.assumptions')?.textContent).toBe(
        'Annahmen: 210 Arbeitstage je Jahr, 7,5 Arbeitsstunden je Tag, Vollkosten einer Vollzeitstelle 68.500\u00a0€ je Jahr; Einsparungen sind mit dem Realisierungsfaktor 0,75 gerechnet (75\u00a0% des rechnerisch Möglichen).',
      );
      expect(built('en').querySelector('section.overview dl.figures + p.hours-coverage + p.assumptions')?.textContent).toBe(
        'Assumptions: 210 working days a year, 7.5 working hours a day, full cost of one full-time post €68,500 a year; savings are counted with the realisation factor 0.75 (75% of what is possible in theory).',
      );
    });

    it('then, with no step with quantities, no such line stands beside figures that have no number', () => {
      expect(parse(build(withoutQuantitiesOrRanking())).querySelector('p.assumptions')).toBeNull();
    });
  });

  it('given a diagram much wider than high, when the report is built, then its picture is marked to print on a landscape page; an upright one is not', () => {
    const plane = (svg: string) => parse(build(testReportInput(), 'de', { svg })).querySelector('section.heatmap .heatmap-plane')?.className;
    expect(plane('<svg width="1810" height="682"></svg>')).toBe('heatmap-plane landscape');
    expect(plane('<svg width="600" height="700"></svg>')).toBe('heatmap-plane');
  });

  describe('given the English report', () => {
    const document = parse(build(testReportInput(), 'en'));

    it('then labels and numbers are English', () => {
      expect(document.documentElement.lang).toBe('en');
      expect(document.querySelector('h1')?.textContent).toBe('Assessment report');
      expect(document.querySelector('[data-figure="hoursSaved"] .value')?.textContent).toBe('13 (from 1 of 2 steps)');
      expect(document.querySelector('[data-figure="cost"] .value')?.textContent).toBe('€13,462 (from 1 of 2 steps)');
      expect(document.querySelector('style')?.textContent).toContain('"Page " counter(page) " of " counter(pages)');
    });
  });

  describe('given the English report of steps ranked by hours', () => {
    const document = parse(build(testReportInputRankedByHours(), 'en'));

    it('then the ranking shows priority and hours saved as the app rounds hours: whole from 10 on ("1,142"), one decimal below ("7.5")', () => {
      const rows = [...document.querySelectorAll('table.ranking tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
      // rank, step, priority (hours/year), DS, AS, EI, hours saved, recommendation
      expect(rows.map((row) => [row[2], row[6]])).toEqual([
        ['1,142', '1,142'],
        ['7.5', '7.5'],
      ]);
    });

    it('then a priority in hours that rests on provisional hours saved says so, in the ranking and in the step\'s card', () => {
      // given: the second step's automation potential incomplete again
      const input = testReportInputRankedByHours();
      const xss = input.scores.get('Task_xss')!;
      const provisional = { ...xss, as: { ...xss.as, completeness: 0.25, incomplete: true } };
      const changed = parse(build({ ...input, scores: new Map(input.scores).set('Task_xss', provisional), figures: { ...input.figures, ranking: { basis: 'hours', ranked: [input.scores.get('Task_check')!, provisional] } } }, 'en'));
      const rows = [...changed.querySelectorAll('table.ranking tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
      expect(rows.map((row) => [row[2], row[6]])).toEqual([
        ['1,142', '1,142'],
        ['7.5 (provisional)', '7.5 (provisional)'],
      ]);
      const card = [...(changed.querySelector('article.step[data-step-id="Task_xss"]')?.querySelectorAll('table.step-scores td') ?? [])].map((cell) => cell.textContent);
      expect(card[4]).toBe('7.5 (provisional)');
    });

    it('then a step\'s card shows its priority in hours as the ranking does', () => {
      const scores = [...(document.querySelector('article.step[data-step-id="Task_check"]')?.querySelectorAll('table.step-scores td') ?? [])].map((cell) => cell.textContent);
      // DS, AS, EI, effort, priority (hours/year), hours today, hours saved, completeness
      expect([scores[4], scores[6]]).toEqual(['1,142', '1,142']);
    });
  });

  describe('given hostile names, notes, method text and heatmap', () => {
    const input = hostileInput();
    const markup = build(input);
    const document = parse(markup);

    it('then no script, event handler or external reference reaches the document', () => {
      expect(markup).not.toMatch(/<script/i);
      expect(references(document)).toEqual([]);
      expect(webAddressesOutsideNotes(markup, document)).toBe(0);
      expect(document.querySelectorAll('script')).toHaveLength(0);
      const handlers = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)));
      expect(handlers).toEqual([]);
      // the only image is the heatmap's
      expect(document.querySelectorAll('img')).toHaveLength(0);
      expect(document.querySelectorAll('image')).toHaveLength(1);
      expect(document.querySelectorAll('style')).toHaveLength(1);
    });

    it('then every fixture payload appears as the text of its step card', () => {
      const titles = [...document.querySelectorAll('article.step h3')].map((heading) => heading.textContent);
      for (const payload of xssPayloads()) expect(titles).toContain(payload);
    });

    it('then the process, department, participants and method text read as written', () => {
      expect(document.title).toBe('Bewertungsbericht – Gewerbe</style><script>alert(1)</script>');
      expect(document.querySelector('.subtitle')?.textContent).toBe('Gewerbe</style><script>alert(1)</script>');
      expect(markup).toContain('&amp;#60;img src=x onerror=alert(1)&amp;#62;');
      const facts = [...document.querySelectorAll('section.overview dd')].map((dd) => dd.textContent);
      expect(facts).toContain('&#60;img src=x onerror=alert(1)&#62;');
      expect(facts).toContain(`Amt 32 – ${xssName}`);
      expect(document.querySelector('section.appendix h3')?.textContent).toBe('<b>Methode</b>');
    });
  });

  describe('given no heatmap image', () => {
    it('then the heatmap section says so and holds no image', () => {
      const document = parse(build(testReportInput(), 'de', {}));
      expect(document.querySelectorAll('img, image')).toHaveLength(0);
      expect(document.querySelector('section.heatmap')?.textContent).toContain('Für diesen Bericht liegt kein Diagrammbild vor.');
    });
  });
});
