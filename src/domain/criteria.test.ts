// Pins the catalogue's defaults against the spec and checks that every i18n key the catalogue and
// the engine refer to exists in the `method` namespace, in German and English alike.
import { describe, expect, it } from 'vitest';
import { periods } from './assessment';
import { buildingBlocks, createDefaultCatalogue, criteria, keptCatalogueVersions, nextCatalogueVersion } from './criteria';
import type { Quadrant } from './matrix';
import { recommendations } from './scoreTypes';
import type { EffortBand } from './scoreTypes';

type Tree = { [key: string]: Tree | string };
// read as data through Vite, not imported: the domain imports nothing of the app
const files = import.meta.glob<Tree>('../i18n/locales/*/method.json', { eager: true, import: 'default' });
const texts = { de: files['../i18n/locales/de/method.json'], en: files['../i18n/locales/en/method.json'] };

function lookup(tree: Tree, key: string): unknown {
  return key.replace(/^method:/, '').split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`)));
}

/** The level descriptions each scale needs: counts have no level 2 for Mb, legal form has 1, 3, 5. */
const levelsFor: Record<string, string[]> = { Mb: ['1', '3', '4', '5'], Lf: ['1', '3', '5'] };

describe('method texts', () => {
  it('have the same keys in German and English', () => {
    expect(leafKeys(texts.en).sort()).toEqual(leafKeys(texts.de).sort());
  });

  it.each(['de', 'en'] as const)('label, ask and describe every criterion in %s', (lng) => {
    for (const c of criteria) {
      expect(typeof lookup(texts[lng], c.labelKey), c.labelKey).toBe('string');
      expect(typeof lookup(texts[lng], c.questionKey), c.questionKey).toBe('string');
      if (c.levelsKey) {
        for (const level of levelsFor[c.code] ?? ['1', '2', '3', '4', '5']) {
          expect(typeof lookup(texts[lng], `${c.levelsKey}.${level}`), `${c.levelsKey}.${level}`).toBe('string');
        }
      } else {
        expect(lookup(texts[lng], `criteria.${c.code}.options`)).toEqual({ yes: expect.any(String), no: expect.any(String) });
      }
    }
  });

  it('use the names of the spec as visible labels', () => {
    const names = ['R', 'Id', 'Is', 'Mb', 'Sp', 'Va', 'Ex', 'Sa', 'Ap', 'St', 'Vm', 'Do', 'Lf', 'Er'].map((code) => [
      lookup(texts.de, `criteria.${code}.label`),
      lookup(texts.en, `criteria.${code}.label`),
    ]);
    expect(names).toEqual([
      ['Regelbasiert', 'Rule-based'],
      ['Digitaler Input', 'Digital input'],
      ['Strukturierter Input', 'Structured input'],
      ['Medienbrüche', 'Media breaks'],
      ['Stabilität', 'Stability'],
      ['Varianten', 'Variants'],
      ['Ausnahmen', 'Exceptions'],
      ['Stabilität der Anwendungen', 'Application stability'],
      ['Anzahl Anwendungen', 'Number of applications'],
      ['Arbeitsschritte', 'Work steps'],
      ['Fernzugriff (Terminalserver)', 'Remote desktop access'],
      ['Dokumentation', 'Documentation'],
      ['Formerfordernis', 'Legal form'],
      ['Ermessen', 'Discretion'],
    ]);
    expect(['DS', 'AS', 'EI', 'hoursSaved', 'priority'].map((m) => lookup(texts.de, `metrics.${m}`))).toEqual([
      'Digitalisierungspotenzial', 'Automatisierungspotenzial', 'Umsetzbarkeit', 'Einsparung (Std./Jahr)', 'Priorität',
    ]);
    expect(['automate', 'digitise', 'assist', 'stabilise', 'keep', 'automated', 'open'].map((r) => lookup(texts.de, `recommendations.${r}`))).toEqual([
      'automatisieren', 'digitalisieren', 'assistieren', 'stabilisieren', 'beibehalten', 'automatisiert', 'offen',
    ]);
  });

  it.each(['de', 'en'] as const)('name every building block, recommendation, period, effort band and quadrant in %s', (lng) => {
    const keys = [
      ...buildingBlocks.map((b) => b.labelKey),
      ...recommendations.map((r) => `recommendations.${r}`),
      ...recommendations.map((r) => `recommendationHelp.${r}`),
      ...periods.map((p) => `periods.${p}`),
      ...(['low', 'medium', 'high'] satisfies EffortBand[]).map((e) => `effort.${e}`),
      ...(['quickWin', 'majorProject', 'fillIn', 'later'] satisfies Quadrant[]).map((q) => `matrix.quadrants.${q}`),
    ];
    for (const key of keys) expect(typeof lookup(texts[lng], key), key).toBe('string');
  });
});

describe('default catalogue', () => {
  it('carries the weights, thresholds and settings of the spec', () => {
    const c = createDefaultCatalogue();
    expect(c.weights).toEqual({
      dsNeed: { Mb: 0.6, Id: 0.4 },
      dsEnablers: { Lf: 0.6, Sp: 0.4 },
      as: { R: 0.25, Id: 0.25, Is: 0.25, Va: 0.25 },
      ei: { Ap: 0.25, St: 0.2, Ex: 0.15, Sa: 0.15, Vm: 0.1, Do: 0.15 },
    });
    expect(c.settings).toEqual({ workingDaysPerYear: 200, hoursPerDay: 7.8, fteCostPerYear: 70_000, realisationFactor: 0.8, discretionCap: 50 });
    expect(c.thresholds).toMatchObject({ minCompleteness: 0.5, effortLow: 67, effortMedium: 34, gateMaxLevel: 2, assistMinAs: 40, automateMinAs: 60, digitiseMinDs: 60, estimatedEase: 50 });
  });

  it('gives every call a fresh copy', () => {
    const a = createDefaultCatalogue();
    a.weights.ei.Ap = 1;
    expect(createDefaultCatalogue().weights.ei.Ap).toBe(0.25);
  });
});

describe('catalogue versions', () => {
  it('given a catalogue, when its values change, then the next version has them and keeps the one it replaces in its history', () => {
    const first = createDefaultCatalogue();
    const changed = structuredClone(first);
    changed.weights.dsNeed.Mb = 0.5;

    const second = nextCatalogueVersion(first, changed, '2026-12-01T08:00:00.000Z');
    const third = nextCatalogueVersion(second, { ...second, settings: { ...second.settings, hoursPerDay: 8 } }, '2026-12-02T08:00:00.000Z');

    expect(second).toMatchObject({ version: 2, updatedAt: '2026-12-01T08:00:00.000Z' });
    expect(second.weights.dsNeed.Mb).toBe(0.5);
    expect(second.history).toEqual([first]);
    expect(third).toMatchObject({ version: 3, settings: { hoursPerDay: 8 } });
    expect(third.history?.map((entry) => [entry.version, entry.weights.dsNeed.Mb, entry.settings.hoursPerDay])).toEqual([
      [1, first.weights.dsNeed.Mb, first.settings.hoursPerDay],
      [2, 0.5, first.settings.hoursPerDay],
    ]);
    // an earlier version carries no history of its own
    expect(third.history?.every((entry) => !('history' in entry))).toBe(true);
  });

  it('given a catalogue with as many earlier versions as are kept, when it changes, then the oldest goes', () => {
    let catalogue = createDefaultCatalogue();
    for (let change = 0; change <= keptCatalogueVersions; change++) catalogue = nextCatalogueVersion(catalogue, catalogue, new Date(Date.UTC(2026, 0, 1, 0, change)).toISOString());

    expect(catalogue.version).toBe(keptCatalogueVersions + 2);
    expect(catalogue.history).toHaveLength(keptCatalogueVersions);
    expect(catalogue.history?.[0].version).toBe(2);
    expect(catalogue.history?.at(-1)?.version).toBe(keptCatalogueVersions + 1);
  });
});
