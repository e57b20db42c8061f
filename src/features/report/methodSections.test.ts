// Tests of reading the method description for the report's appendix from the i18n resources, and
// of the appendix a report prints: it states the numbers of the catalogue that scored the report.
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/criteria';
import { createDefaultCatalogue } from '../../domain/criteria';
import { buildReportHtml } from '../../export/reportHtml';
import { testReportInput, testTranslate } from '../../export/testReportInput';
import { formatEuro } from '../../i18n/figureFormats';
import methodDe from '../../i18n/locales/de/method.json';
import { numberFormat } from '../../i18n/numberFormat';
import type { UiLanguage } from '../../i18n/uiLocale';
import { methodSections } from './methodSections';
import { methodTextFor } from './useProcessExchange';

describe('methodSections', () => {
  it('given the German method texts, when read, then every section comes in order with its text and formula', () => {
    const sections = methodSections(methodDe.description);

    expect(sections.map((section) => section.heading)).toEqual(Object.values(methodDe.description).map((entry) => entry.title));
    expect(sections[0]).toEqual({ heading: methodDe.description.intro.title, paragraphs: [methodDe.description.intro.text] });
    expect(sections.find((section) => section.heading === methodDe.description.completeness.title)?.paragraphs).toEqual([
      methodDe.description.completeness.text,
      methodDe.description.completeness.formula,
    ]);
  });

  it('given something that is not a description, when read, then there are no sections', () => {
    expect(methodSections(undefined)).toEqual([]);
    expect(methodSections('Text')).toEqual([]);
    expect(methodSections({ broken: { text: 'ohne Überschrift' }, ok: { title: 'Titel' } })).toEqual([{ heading: 'Titel', paragraphs: [] }]);
  });
});

/** A catalogue with every number the method text names changed from its default (the QA tour's values first). */
function changedCatalogue(): Catalogue {
  const catalogue = createDefaultCatalogue();
  catalogue.version = 3;
  catalogue.updatedAt = '2026-11-29T09:00:00.000Z';
  catalogue.weights = {
    dsNeed: { Mb: 0.7, Id: 0.3 },
    dsEnablers: { Lf: 0.55, Sp: 0.45 },
    as: { R: 0.4, Id: 0.2, Is: 0.3, Va: 0.1 },
    ei: { Ap: 0.3, St: 0.1, Ex: 0.2, Sa: 0.05, Vm: 0.125, Do: 0.225 },
  };
  catalogue.settings = { realisationFactor: 0.5, discretionCap: 30, workingDaysPerYear: 220, hoursPerDay: 8.25, fteCostPerYear: 82_500 };
  catalogue.thresholds = {
    ...catalogue.thresholds,
    automateMinAs: 70,
    estimatedEase: 40,
    minCompleteness: 0.4,
    assistMinAs: 35,
    digitiseMinDs: 65,
    effortLow: 75,
    effortMedium: 30,
    gateMaxLevel: 3,
    dsEnablerBase: 0.3,
    mbLevels: [1, 2, 4, 5],
    exMidpoints: [0.6, 0.3, 0.125, 0.08, 0.01],
  };
  return catalogue;
}

/** The method appendix of a report made with this catalogue, as its paragraphs' text. */
function appendixText(catalogue: Catalogue, language: UiLanguage): string {
  const input = { ...testReportInput(), catalogue, methodText: methodTextFor(language, catalogue) };
  const markup = buildReportHtml(input, { t: testTranslate(language), language, generatedAt: new Date(2026, 10, 29, 10, 0), appVersion: '0.1.0' });
  const appendix = new DOMParser().parseFromString(markup, 'text/html').querySelector('section.appendix');
  const paragraphs: string[] = [];
  // the method's paragraphs stand between the appendix's first heading and the catalogue's
  for (const element of appendix?.children ?? []) {
    if (element.tagName === 'H2' && paragraphs.length > 0) break;
    if (element.tagName === 'P') paragraphs.push(element.textContent ?? '');
  }
  return paragraphs.join('\n');
}

/** The catalogue's numbers as the report states them in this language. */
function shown(language: UiLanguage) {
  return {
    number: (value: number) => numberFormat(language, { maximumFractionDigits: 4 }).format(value),
    percent: (share: number) => numberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(share),
    euro: (amount: number) => formatEuro(amount, language),
  };
}

describe('the report\'s method appendix', () => {
  it('given a changed catalogue, when a German report is made, then the method text states that catalogue\'s numbers', () => {
    const catalogue = changedCatalogue();
    const { weights, thresholds, settings } = catalogue;
    const { number, percent, euro } = shown('de');

    const text = appendixText(catalogue, 'de');

    expect(text).toContain(`nur zum Anteil r (Realisierungsfaktor, ${number(settings.realisationFactor)})`);
    expect(text).toContain(`der Wert ist auf ${number(settings.discretionCap)} begrenzt`);
    expect(text).toContain(`wird mit ${number(thresholds.estimatedEase)} gerechnet („Umsetzbarkeit geschätzt“)`);
    expect(text).toContain(`E = Umsetzbarkeit oder ${number(thresholds.estimatedEase)}`);
    expect(text).toContain(`Ermessen und Automatisierungspotenzial mindestens ${number(thresholds.assistMinAs)} → assistieren`);
    expect(text).toContain(`Automatisierungspotenzial mindestens ${number(thresholds.automateMinAs)} → automatisieren`);
    expect(text).toContain(`Digitalisierungspotenzial mindestens ${number(thresholds.digitiseMinDs)} → digitalisieren`);
    expect(text).toContain(`Ist es weniger als ${percent(thresholds.minCompleteness)}, steht dort „unvollständig“`);
    expect(text).toContain(`Ab ${number(thresholds.effortLow)} gilt der Aufwand als gering, ab ${number(thresholds.effortMedium)} als mittel`);
    expect(text).toContain(`(Stabilität oder Stabilität der Anwendungen ${number(thresholds.gateMaxLevel)} oder weniger)`);
    const [mb0, mb1, mb2, mb3] = thresholds.mbLevels;
    expect(text).toContain(`0 ergibt Stufe ${mb0}, 1 ergibt Stufe ${mb1}, 2 ergibt Stufe ${mb2}, 3 oder mehr ergeben Stufe ${mb3}`);
    const [ex1, ex2, ex3, ex4, ex5] = thresholds.exMidpoints.map(percent);
    expect(text).toContain(`(unter 5 %: ${ex5}; 5 bis unter 10 %: ${ex4}; 10 bis unter 20 %: ${ex3}; 20 bis unter 35 %: ${ex2}; 35 % oder mehr: ${ex1})`);
    expect(text).toContain(`Bedarf = (${number(weights.dsNeed.Mb)} · n(Medienbrüche) + ${number(weights.dsNeed.Id)} · (1 − n(Digitaler Input)))`);
    expect(text).toContain(`Voraussetzungen = (${number(weights.dsEnablers.Lf)} · n(Formerfordernis) + ${number(weights.dsEnablers.Sp)} · n(Stabilität))`);
    expect(text).toContain(`DS = 100 × Bedarf × (${number(thresholds.dsEnablerBase)} + ${number(1 - thresholds.dsEnablerBase)} × Voraussetzungen)`);
    const { R, Id, Is, Va } = weights.as;
    expect(text).toContain(
      `AS = 100 × (${number(R)} · n(Regelbasiert) + ${number(Id)} · n(Digitaler Input) + ${number(Is)} · n(Strukturierter Input) + ${number(Va)} · n(Varianten))`,
    );
    const { Ap, St, Ex, Sa, Vm, Do } = weights.ei;
    expect(text).toContain(
      `EI = 100 × (${number(Ap)} · n(Anzahl Anwendungen) + ${number(St)} · n(Arbeitsschritte) + ${number(Ex)} · n(Ausnahmen) + ${number(Sa)} · n(Stabilität der Anwendungen) + ${number(Vm)} · n(Fernzugriff) + ${number(Do)} · n(Dokumentation))`,
    );
    expect(text).toContain(
      `Eine Vollzeitstelle hat ${number(settings.workingDaysPerYear)} Arbeitstage im Jahr zu je ${number(settings.hoursPerDay)} Stunden und kostet ${euro(settings.fteCostPerYear)} im Jahr`,
    );
    // what the QA tour found: the defaults stated beside a catalogue that computed with others
    for (const stale of ['Realisierungsfaktor, 0,8', 'auf 50 begrenzt', 'mit 50 gerechnet', 'mindestens 60', 'die Hälfte', 'Voreinstellungen.', '{{']) {
      expect(text).not.toContain(stale);
    }
  });

  it('given a changed catalogue, when an English report is made, then the method text states that catalogue\'s numbers', () => {
    const catalogue = changedCatalogue();
    const { thresholds, settings } = catalogue;
    const { number, percent, euro } = shown('en');

    const text = appendixText(catalogue, 'en');

    expect(text).toContain(`only to the share r (realisation factor, ${number(settings.realisationFactor)})`);
    expect(text).toContain(`the score is capped at ${number(settings.discretionCap)}`);
    expect(text).toContain(`${number(thresholds.estimatedEase)} is used (“ease estimated”)`);
    expect(text).toContain(`automation potential at least ${number(thresholds.automateMinAs)} → automate`);
    expect(text).toContain(`If that is less than ${percent(thresholds.minCompleteness)}, it shows “incomplete”`);
    expect(text).toContain(`one full-time post has ${number(settings.workingDaysPerYear)} working days a year of ${number(settings.hoursPerDay)} hours each and costs ${euro(settings.fteCostPerYear)} a year`);
    for (const stale of ['realisation factor, 0.8', 'capped at 50', '50 is used', 'at least 60', 'less than half', '{{']) {
      expect(text).not.toContain(stale);
    }
  });

  it('given the default catalogue, when a report is made, then the method text states the defaults', () => {
    const catalogue = createDefaultCatalogue();
    const { number, percent } = shown('de');

    const text = appendixText(catalogue, 'de');

    expect(text).toContain(`Realisierungsfaktor, ${number(0.8)}`);
    expect(text).toContain(`weniger als ${percent(0.5)}`);
    expect(text).toContain(`Automatisierungspotenzial mindestens ${number(60)} → automatisieren`);
    expect(text).toContain('DS = 100 × Bedarf × (0,25 + 0,75 × Voraussetzungen)');
    expect(text).not.toContain('{{');
  });
});
