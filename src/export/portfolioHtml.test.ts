// Tests of the portfolio report: processes ranked by hours saved, the summary with its total, the
// top steps across the processes and a section per process, each ranking captioned with the number
// of steps it shows and its hours rounded as the app rounds them.
import { describe, expect, it } from 'vitest';
import type { StepScore } from '../domain/scoreTypes';
import { testScore } from '../domain/testing/fixtures';
import { buildPortfolioHtml, portfolioBasis, rankProcesses, topSteps } from './portfolioHtml';
import type { ReportInput } from './reportInput';
import { testReportInput, testReportInputRankedByHours, testTranslate, xssName } from './testReportInput';

/** A second process ranked by hours: one step with 40 h saved, E 60, priority 24 h. */
function wohngeld(): ReportInput {
  const base = testReportInput();
  const score: StepScore = {
    ...base.scores.get('Task_check')!,
    stepId: 'Task_w',
    ease: 60,
    ei: testScore(60),
    priorityIndex: 42,
    priorityHours: 24,
    benefit: { ...base.scores.get('Task_check')!.benefit!, hoursSaved: 40 },
  };
  return {
    ...base,
    process: { ...base.process, id: 'p-2', name: 'Wohngeld', lotse: 'Ali Kaya' },
    department: { ...base.department!, id: 'd-2', name: 'Sozialamt', code: 'Amt 50' },
    steps: [{ id: 'Task_w', name: 'Einkommen berechnen', type: 'bpmn:UserTask', lane: 'Leistung', order: 0 }],
    assessments: new Map(),
    scores: new Map([['Task_w', score]]),
    figures: {
      ...base.figures,
      stepCount: 1,
      applicableCount: 1,
      scoredCount: 1,
      hoursSaved: 40,
      fteSaved: 0.03,
      costSaved: 1800,
      meanEase: 60,
      easeCount: 1,
      mediaBreakSteps: [],
      ranking: { basis: 'hours', ranked: [score] },
    },
  };
}

const generatedAt = new Date(2026, 10, 28, 9, 0);

/** A process none of whose steps has quantities (its hours are unknown), with a high mean ease. */
function unmeasured(): ReportInput {
  const base = testReportInput();
  const scores = new Map([...base.scores].map(([id, score]) => [id, { ...score, benefit: null, priorityHours: null }]));
  return {
    ...base,
    process: { ...base.process, id: 'p-3', name: 'Leer bewertet' },
    scores,
    figures: { ...base.figures, withQuantitiesCount: 0, hoursPerYear: 0, hoursSaved: 0, fte: 0, fteSaved: 0, cost: 0, costSaved: 0, automationPotential: null, meanEase: 95 },
  };
}

/** A process with quantities that saves 0 hours (nothing automatable), with a low mean ease. */
function measuredZero(): ReportInput {
  const base = testReportInput();
  return {
    ...base,
    process: { ...base.process, id: 'p-4', name: 'Nullstunden' },
    figures: { ...base.figures, withQuantitiesCount: 1, hoursSaved: 0, fteSaved: 0, costSaved: 0, automationPotential: 0, meanEase: 10 },
  };
}

describe('rankProcesses', () => {
  it('given two processes, when ranked, then the one saving more hours comes first', () => {
    expect(rankProcesses([testReportInput(), wohngeld()]).map((item) => item.process.name)).toEqual(['Wohngeld', 'Gewerbeanmeldung']);
  });

  it('given equal hours saved, when ranked, then the higher mean ease comes first', () => {
    const easy = { ...testReportInput(), figures: { ...testReportInput().figures, meanEase: 90 } };
    easy.process = { ...easy.process, name: 'Zulassung' };
    expect(rankProcesses([testReportInput(), easy]).map((item) => item.process.name)).toEqual(['Zulassung', 'Gewerbeanmeldung']);
  });
});

describe('rankProcesses without quantities', () => {
  it('given a process without quantities and a measured one saving 0 hours, when ranked, then the one without quantities comes after every measured one, its higher mean ease notwithstanding', () => {
    expect(rankProcesses([unmeasured(), measuredZero(), wohngeld()]).map((item) => item.process.name)).toEqual(['Wohngeld', 'Nullstunden', 'Leer bewertet']);
  });
});

describe('buildPortfolioHtml with a process without quantities or of several diagrams', () => {
  const build = (items: ReportInput[]) =>
    new DOMParser().parseFromString(buildPortfolioHtml(items, { t: testTranslate('de'), language: 'de', generatedAt, appVersion: '0.1.0' }), 'text/html');
  const summaryRows = (document: Document) => [...document.querySelectorAll('table.portfolio-summary tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

  it('given a process without quantities, when built, then its row says "keine Mengenangaben" as its own report does, not 0 hours, 0 FTE and 0 €, and the total sums the measured ones as a lower bound', () => {
    const rows = summaryRows(build([unmeasured(), wohngeld()]));
    // its mean ease of 95 rests on 1 of its 2 applicable steps
    expect(rows[1]).toEqual(['2', 'Leer bewertet', 'Amt 32 – Ordnungsamt', 'keine Mengenangaben', '95 (aus 1 von 2 Schritten)', 'keine Mengenangaben']);
    // total: Wohngeld's 40 h, 0.03 FTE, 1800 € alone, at least that much while the other process has no quantities; mean ease (95 + 60) / 2 = 77.5 over both processes
    expect(rows[2]).toEqual(['Summe (Umsetzbarkeit: Mittelwert)', 'mindestens 40', 'mindestens 0,03', 'mindestens 1.800\u00a0€', '78 (aus 2 von 2 Prozessen)', '']);
  });

  it('given a process without hours whose step has a volume and minutes per case but no period, when built, then its row says the quantities are incomplete and its section lists the step with what it lacks', () => {
    const base = unmeasured();
    const begun = { ...base.assessments.get('Task_xss')!, quantities: { volume: 40, minutesPerCase: 5 } };
    const document = build([{ ...base, assessments: new Map(base.assessments).set('Task_xss', begun) }, wohngeld()]);
    const [, row] = document.querySelectorAll('table.portfolio-summary tbody tr');
    expect(row.querySelector('.no-quantities')?.firstChild?.textContent).toBe('keine Mengenangaben');
    expect(row.querySelector('th .note')?.textContent).toBe('Mengenangaben bei 1 Schritt unvollständig');
    const section = document.querySelector('section.process[data-process-id="p-3"]');
    expect([...(section?.querySelectorAll('ul.incomplete-quantities li') ?? [])].map((item) => item.textContent)).toEqual([`${xssName} („Zeitraum“ fehlt)`]);
    // a process without any quantity begun says only "keine Mengenangaben"
    expect(summaryRows(build([unmeasured()]))[0][3]).toBe('keine Mengenangaben');
  });

  it('given a process whose hours cover 1 of its 2 applicable steps, the other lacking its period, when built, then its savings and the total say "mindestens", its row says which quantities are incomplete, and a key under the table says why; a fully measured process shows its plain figures', () => {
    const base = testReportInput();
    const begun = { ...base.assessments.get('Task_xss')!, quantities: { volume: 40, minutesPerCase: 5 } };
    const partial = { ...base, assessments: new Map(base.assessments).set('Task_xss', begun) };
    const document = build([partial, wohngeld()]);
    const rows = summaryRows(document);
    // Wohngeld: 1 of 1 applicable step measured
    expect(rows[0].slice(3, 6)).toEqual(['40', '0,03', '1.800\u00a0€']);
    // Gewerbeanmeldung: 12.5 h, 0.008 FTE, 560.9 € from "Antrag prüfen" alone
    expect(rows[1].slice(3, 6)).toEqual(['mindestens 13', 'mindestens 0,01', 'mindestens 561\u00a0€']);
    expect(rows[1][1]).toBe('GewerbeanmeldungMengenangaben bei 1 Schritt unvollständig');
    expect(rows[2].slice(1, 4)).toEqual(['mindestens 53', 'mindestens 0,04', 'mindestens 2.361\u00a0€']);
    expect(document.querySelector('.table-scroll + p.at-least')?.textContent).toBe(
      '„mindestens“: Nicht alle anwendbaren Schritte haben vollständige Mengenangaben. Die Einsparung zählt nur die Schritte mit Mengen und kann deshalb höher sein; was fehlt, steht beim jeweiligen Prozess.',
    );
  });

  it('given a fully measured process with a step whose automation potential is incomplete, when built, then its savings say "mindestens", and a key under the table says why', () => {
    const base = wohngeld();
    const provisional = { ...base, figures: { ...base.figures, provisionalSavingCount: 1 } };
    const document = build([provisional]);
    expect(summaryRows(document)[0].slice(3, 6)).toEqual(['mindestens 40', 'mindestens 0,03', 'mindestens 1.800\u00a0€']);
    expect([...document.querySelectorAll('p.at-least')].map((note) => note.textContent)).toEqual([
      '„mindestens“ auch, wo bei Schritten mit Mengenangaben das Automatisierungspotenzial noch unvollständig ist: Bis es beantwortet ist, zählt ihre Einsparung nur die Zeit für Medienbrüche.',
    ]);
    // the same process with its automation potential answered shows its plain figures
    expect(summaryRows(build([base]))[0].slice(3, 6)).toEqual(['40', '0,03', '1.800\u00a0€']);
  });

  it('given the same processes in English, when built, then the partial savings say "at least", and the automation potential the steps it rests on, as the process\'s report does', () => {
    const english = buildPortfolioHtml([testReportInput(), wohngeld()], { t: testTranslate('en'), language: 'en', generatedAt, appVersion: '0.1.0' });
    const page = new DOMParser().parseFromString(english, 'text/html');
    expect(summaryRows(page)[1].slice(3, 6)).toEqual(['at least 13', 'at least 0.01', 'at least €561']);
    // an English QA tour: a bare "33%" from 1 of 5 steps read as the whole process's
    expect(summaryRows(page)[1][7]).toBe('70% (from 1 of 2 steps)');
    expect(summaryRows(page)[0][7]).not.toMatch(/from/);
    expect(page.querySelector('p.at-least')?.textContent).toMatch(/^“at least”: not every applicable step has complete volumes and times\./);
  });

  it('given a process whose only step without quantities is already automated, when built, then its savings are final, as its ranking by hours says', () => {
    const base = wohngeld();
    // the scoring ranks by hours (an automated step's priority is 0 h) but counts only the measured step
    const measuredAndAutomated = { ...base, figures: { ...base.figures, stepCount: 2, applicableCount: 2, withQuantitiesCount: 1 } };
    expect(summaryRows(build([measuredAndAutomated])).flat().join(' ')).not.toContain('mindestens');
  });

  it('given only fully measured processes, when built, then no figure says "mindestens" and no key for it is shown', () => {
    const document = build([wohngeld()]);
    expect(summaryRows(document).flat().join(' ')).not.toContain('mindestens');
    expect(document.querySelector('p.at-least')).toBeNull();
  });

  it('given processes of one name but for an addition in brackets in one Amt, when built, then a note under the summary says the totals may count one workflow more than once; other names get none', () => {
    // a QA tour: the CDO office's portfolio summed one Gewerbeanmeldung from three Lotsen five times
    const first = wohngeld();
    const second: ReportInput = { ...wohngeld(), process: { ...first.process, id: 'p-copy', name: `${first.process.name} (aus Sicherung)` } };

    expect(build([first, second]).querySelector('p.namesakes')?.textContent).toBe(
      `Mögliche Doppelzählung: „${first.process.name}“ 2-mal in ${first.department?.code} – ${first.department?.name}. Beschreiben diese Prozesse denselben Ablauf (etwa von zwei Lotsen erhoben oder zweimal importiert), zählen die Summen ihn mehrfach.`,
    );
    expect(build([first, { ...second, process: { ...second.process, name: 'Wohngeld-Weiterbewilligung' } }]).querySelector('p.namesakes')).toBeNull();
  });

  it('given the summary, when built, then a key under it spells out VZÄ, which its header abbreviates', () => {
    expect(build([wohngeld()]).querySelector('.table-scroll:has(table.portfolio-summary) ~ p.key')?.textContent).toBe('Abkürzungen: VZÄ = Vollzeitäquivalente (Vollzeitstellen).');
  });

  it('given only processes without quantities, when built, then the total says "keine Mengenangaben" too', () => {
    const rows = summaryRows(build([unmeasured()]));
    expect(rows[1]).toEqual(['Summe (Umsetzbarkeit: Mittelwert)', 'keine Mengenangaben', '95 (aus 1 von 1 Prozess)', '']);
  });

  it('given a process rated easy on 1 of its 9 steps and one with no step answered, when built, then each mean ease says what it rests on, and the total counts only the process with one', () => {
    const easyOnOne = { ...wohngeld(), process: { ...wohngeld().process, id: 'p-5', name: 'Einer bewertet' } };
    easyOnOne.figures = { ...easyOnOne.figures, stepCount: 9, applicableCount: 9, easeCount: 1, meanEase: 100 };
    const noneAnswered = { ...measuredZero(), figures: { ...measuredZero().figures, easeCount: 0, meanEase: null } };
    const rows = summaryRows(build([easyOnOne, noneAnswered]));
    expect(rows.map((row) => row.at(-2))).toEqual(['100 (aus 1 von 9 Schritten)', '–', '100 (aus 1 von 2 Prozessen)']);
  });

  it('given the summary, when built, then its note says which steps the mean ease counts and what the brackets give', () => {
    const note = build([testReportInput()]).querySelector('table.portfolio-summary')?.closest('.table-scroll')?.previousElementSibling?.textContent;
    expect(note).toBe(
      'Rangfolge nach der Einsparung (Std./Jahr), bei Gleichstand nach der mittleren Umsetzbarkeit. Sie ist das Mittel über die Schritte, deren Umsetzbarkeitskriterien ausreichend beantwortet sind; in Klammern steht, auf wie vielen der anwendbaren Schritte sie beruht, in der Summe auf wie vielen Prozessen.',
    );
  });

  it('given a process shown on one of four diagrams, when built, then its row says which, as the app does', () => {
    const document = build([{ ...testReportInput(), diagramScope: { name: 'IT', count: 4 } }, wohngeld()]);
    const marks = [...document.querySelectorAll('table.portfolio-summary tbody tr')].map((row) => row.querySelector('.diagram-scope')?.textContent ?? null);
    expect(marks).toEqual([null, 'Diagramm „IT“ von 4', null]);
    // and its section says so in the facts and at the figures
    const section = document.querySelector('section.process[data-process-id="p-1"]');
    expect(section?.querySelector('.diagram-scope')?.textContent).toContain('Die Datei enthält 4 Diagramme; diese Kennzahlen gelten für das gezeigte Diagramm „IT“.');
  });
});

describe('portfolioBasis and topSteps', () => {
  it('given one process ranked by index, when ranked together, then the portfolio uses the 0–100 index', () => {
    const items = [testReportInput(), wohngeld()];
    expect(portfolioBasis(items)).toBe('index');
    // priorities 56 (Antrag prüfen), 42 (Einkommen berechnen), 20 (XSS step)
    expect(topSteps(items, 'index', 10).map((row) => row.stepName)).toEqual(['Antrag prüfen', 'Einkommen berechnen', xssName]);
    expect(topSteps(items, 'index', 2)).toHaveLength(2);
  });

  it('given only processes ranked by hours, when ranked together, then hours are used', () => {
    expect(portfolioBasis([wohngeld()])).toBe('hours');
    expect(topSteps([wohngeld()], 'hours', 10).map((row) => row.processName)).toEqual(['Wohngeld']);
  });
});

describe('buildPortfolioHtml', () => {
  const markup = buildPortfolioHtml([testReportInput(), wohngeld()], {
    t: testTranslate('de'),
    language: 'de',
    generatedAt,
    appVersion: '0.1.0',
    title: 'Portfolio </style><script>alert(1)</script>',
  });
  const document = new DOMParser().parseFromString(markup, 'text/html');

  it('given two processes, when built, then it has the strict CSP and no scripts', () => {
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(markup).not.toMatch(/<script/i);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent).toBe('Portfolio </style><script>alert(1)</script>');
  });

  it('given two processes, when built, then the summary ranks them by hours saved with a total row', () => {
    const rows = [...document.querySelectorAll('table.portfolio-summary tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows.slice(0, 2).map((row) => row[1])).toEqual(['Wohngeld', 'Gewerbeanmeldung']);
    // each process's name heads its row
    expect([...document.querySelectorAll('table.portfolio-summary tbody tr th[scope="row"]')].map((cell) => cell.textContent)).toEqual(['Wohngeld', 'Gewerbeanmeldung', 'Summe (Umsetzbarkeit: Mittelwert)']);
    // rank, process, department, hours, FTE, EUR saved, mean ease, automation potential
    // Wohngeld's one step has its EI 60
    expect(rows[0]).toEqual(['1', 'Wohngeld', 'Amt 50 – Sozialamt', '40', '0,03', '1.800\u00a0€', '60 (aus 1 von 1 Schritt)', '70\u00a0%']);
    // total: 40 + 12.5 h (whole hours from 10 on, as the app shows them), 0.03 + 0.008 FTE, 1800 + 560.9 €, mean ease (60 + 80) / 2 over both processes;
    // at least that much, as Gewerbeanmeldung's hours cover 1 of its 2 applicable steps
    expect(rows[2]).toEqual(['Summe (Umsetzbarkeit: Mittelwert)', 'mindestens 53', 'mindestens 0,04', 'mindestens 2.361\u00a0€', '70 (aus 2 von 2 Prozessen)', '']);
  });

  it('given two processes, when built, then the top steps across them are listed with their process', () => {
    const rows = [...document.querySelectorAll('section.overview table.ranking tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Gewerbeanmeldung', 'Antrag prüfen'],
      ['2', 'Wohngeld', 'Einkommen berechnen'],
      ['3', 'Gewerbeanmeldung', xssName],
    ]);
    expect(document.querySelector('section.overview p.basis')?.getAttribute('data-basis')).toBe('index');
  });

  it('given three steps ranked in all and a limit of 10, when built, then the captions count the rows shown: 3 across the processes, 1 of Wohngeld, 2 of Gewerbeanmeldung', () => {
    const captions = [...document.querySelectorAll('table.ranking caption')].map((caption) => caption.textContent);
    expect(captions).toEqual(['Die 3 wichtigsten Schritte', 'Der wichtigste Schritt dieses Prozesses', 'Die 2 wichtigsten Schritte dieses Prozesses']);
  });

  it('given the same processes in English, when built, then the captions count the rows shown too', () => {
    const english = buildPortfolioHtml([testReportInput(), wohngeld()], { t: testTranslate('en'), language: 'en', generatedAt, appVersion: '0.1.0' });
    const captions = [...new DOMParser().parseFromString(english, 'text/html').querySelectorAll('table.ranking caption')].map((caption) => caption.textContent);
    expect(captions).toEqual(['The top 3 steps', 'The top step of this process', 'The top 2 steps of this process']);
  });

  it('given steps ranked by hours, when built in English, then the top steps show priority and hours saved as the app rounds hours ("1,142", "7.5")', () => {
    const english = buildPortfolioHtml([testReportInputRankedByHours()], { t: testTranslate('en'), language: 'en', generatedAt, appVersion: '0.1.0' });
    const rows = [...new DOMParser().parseFromString(english, 'text/html').querySelectorAll('#top-steps-caption ~ tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    // rank, process, step, priority (hours/year), EI, hours saved, recommendation
    expect(rows.map((row) => [row[3], row[5]])).toEqual([
      ['1,142', '1,142'],
      ['7.5', '7.5'],
    ]);
  });

  it('given a process with no step ranked, when built, then its section and the top steps say there is no ranking yet instead of an empty table', () => {
    const base = testReportInput();
    const unranked = { ...base, figures: { ...base.figures, ranking: { ...base.figures.ranking, ranked: [] } } };
    const page = new DOMParser().parseFromString(buildPortfolioHtml([unranked], { t: testTranslate('de'), language: 'de', generatedAt, appVersion: '0.1.0' }), 'text/html');
    expect(page.querySelectorAll('table.ranking')).toHaveLength(0);
    expect([...page.querySelectorAll('p.no-ranking')].map((note) => note.textContent)).toEqual([
      'Noch kein Schritt ist weit genug bewertet für eine Rangfolge. Beantworten Sie dazu den Schnellcheck der Schritte.',
      'Noch kein Schritt ist weit genug bewertet für eine Rangfolge. Beantworten Sie dazu den Schnellcheck der Schritte.',
    ]);
  });

  it('given two processes, when built, then each has its own section in ranked order, then the appendix', () => {
    const sections = [...document.querySelectorAll('section.major')];
    expect(sections.map((section) => section.querySelector('h2')?.textContent)).toEqual([
      'Wohngeld', 'Gewerbeanmeldung', 'Anhang: Die Bewertungsmethode',
    ]);
    expect(sections[0].querySelector('p.basis')?.getAttribute('data-basis')).toBe('hours');
    // both use catalogue version 3 of the same date: printed once
    expect(document.querySelectorAll('table.catalogue-weights')).toHaveLength(1);
  });
});
