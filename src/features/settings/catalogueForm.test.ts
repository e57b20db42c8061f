// Tests of the catalogue form's check: numbers in German and English notation, percent fields,
// every kind of bad input (empty, text, negative, out of range, not whole, wrong order, weights
// that sum to 0) rejected with its message, and a valid form turned into the catalogue it shows.
import { describe, expect, it } from 'vitest';
import { createDefaultCatalogue } from '../../domain/criteria';
import { catalogueFields } from './catalogueFields';
import { catalogueToForm, formMatches, parseCatalogueForm } from './catalogueForm';
import type { CatalogueFormResult } from './catalogueForm';

const base = createDefaultCatalogue();
const form = (language: 'de' | 'en' = 'de') => catalogueToForm(base, language);

function errorsOf(result: CatalogueFormResult) {
  if (result.ok) throw new Error('expected errors');
  return result;
}

function catalogueOf(result: CatalogueFormResult) {
  if (!result.ok) throw new Error(`unexpected errors: ${[...result.fieldErrors.keys(), ...result.groupErrors.keys()].join(', ')}`);
  return result.catalogue;
}

describe('catalogueToForm', () => {
  it('given the defaults, when shown in German, then weights use a decimal comma and shares show in percent', () => {
    const values = form('de');
    expect(values['weights.dsNeed.Mb']).toBe('0,6');
    expect(values['thresholds.minCompleteness']).toBe('50');
    expect(values['thresholds.exMidpoints.3']).toBe('7,5');
    expect(values['settings.fteCostPerYear']).toBe('70.000');
    expect(values['settings.hoursPerDay']).toBe('7,8');
  });

  it('given the defaults, when shown in English, then decimals use a point and thousands a comma', () => {
    expect(form('en')['weights.dsNeed.Mb']).toBe('0.6');
    expect(form('en')['settings.fteCostPerYear']).toBe('70,000');
  });

  it('has one field per number of the catalogue: 14 weights, 10 single thresholds, 17 class values, 5 settings', () => {
    expect(catalogueFields).toHaveLength(14 + 10 + 17 + 5);
    expect(new Set(catalogueFields.map((field) => field.id)).size).toBe(catalogueFields.length);
  });
});

describe('parseCatalogueForm', () => {
  it('given the untouched form, when checked, then it describes the spec defaults', () => {
    const catalogue = catalogueOf(parseCatalogueForm(form(), base, 'de'));
    expect(catalogue.weights).toEqual({
      dsNeed: { Mb: 0.6, Id: 0.4 },
      dsEnablers: { Lf: 0.6, Sp: 0.4 },
      as: { R: 0.25, Id: 0.25, Is: 0.25, Va: 0.25 },
      ei: { Ap: 0.25, St: 0.2, Ex: 0.15, Sa: 0.15, Vm: 0.1, Do: 0.15 },
    });
    expect(catalogue.thresholds.exMidpoints).toEqual([0.5, 0.275, 0.15, 0.075, 0.025]);
    expect(catalogue.settings).toEqual({ workingDaysPerYear: 200, hoursPerDay: 7.8, fteCostPerYear: 70_000, realisationFactor: 0.8, discretionCap: 50 });
    expect(formMatches(form(), base, 'de')).toBe(true);
  });

  it('given numbers typed with comma or point, grouped euros and percent, when checked, then each is stored as meant', () => {
    const values = {
      ...form(),
      'weights.as.R': '0,5',
      'weights.as.Id': '0.1',
      'settings.fteCostPerYear': '65.500',
      'thresholds.minCompleteness': '40',
      'thresholds.exMidpoints.4': '2',
      'settings.realisationFactor': ' 0,75 ',
    };
    const catalogue = catalogueOf(parseCatalogueForm(values, base, 'de'));
    expect(catalogue.weights.as.R).toBe(0.5);
    expect(catalogue.weights.as.Id).toBe(0.1);
    expect(catalogue.settings.fteCostPerYear).toBe(65_500);
    expect(catalogue.thresholds.minCompleteness).toBe(0.4);
    expect(catalogue.thresholds.exMidpoints[4]).toBe(0.02);
    expect(catalogue.settings.realisationFactor).toBe(0.75);
    expect(formMatches(values, base, 'de')).toBe(false);
  });

  it('given values typed in another notation than shown, when compared, then the form still matches the catalogue', () => {
    const retyped = { ...form(), 'settings.fteCostPerYear': '70000', 'weights.dsNeed.Mb': '0.60', 'thresholds.minCompleteness': ' 50,0 ' };
    expect(formMatches(retyped, base, 'de')).toBe(true);
    expect(formMatches({ ...retyped, 'settings.fteCostPerYear': '70001' }, base, 'de')).toBe(false);
    expect(formMatches({ ...retyped, 'settings.fteCostPerYear': 'siebzig' }, base, 'de')).toBe(false);
  });

  it('given low effort lowered in another notation only, when checked, then the untouched medium threshold is not blamed', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'thresholds.effortLow': '1', 'thresholds.effortMedium': `${form()['thresholds.effortMedium']},0` }, base, 'de'));
    expect([...result.fieldErrors.keys()]).toEqual(['thresholds.effortLow']);
  });

  it('given the version and date of the base, when checked, then they are left to the store', () => {
    const changed = { ...base, version: 7, updatedAt: '2025-05-05T10:00:00.000Z' };
    const catalogue = catalogueOf(parseCatalogueForm(catalogueToForm(changed, 'de'), changed, 'de'));
    expect(catalogue.version).toBe(7);
    expect(catalogue.updatedAt).toBe('2025-05-05T10:00:00.000Z');
  });

  it.each([
    ['weights.dsNeed.Mb', '', 'settings:catalogue.errors.empty'],
    ['weights.dsNeed.Mb', 'viel', 'settings:catalogue.errors.notANumber'],
    ['weights.dsNeed.Mb', '0,6 Punkte', 'settings:catalogue.errors.notANumber'],
    ['weights.ei.Ap', '-0,25', 'settings:catalogue.errors.negative'],
    ['settings.fteCostPerYear', '−5000', 'settings:catalogue.errors.negative'],
    ['settings.realisationFactor', '1,2', 'settings:catalogue.errors.range'],
    ['settings.realisationFactor', '80', 'settings:catalogue.errors.range'],
    ['thresholds.minCompleteness', '101', 'settings:catalogue.errors.range'],
    ['settings.discretionCap', '150', 'settings:catalogue.errors.range'],
    ['settings.hoursPerDay', '0', 'settings:catalogue.errors.aboveMin'],
    ['settings.hoursPerDay', '25', 'settings:catalogue.errors.aboveMin'],
    ['settings.workingDaysPerYear', '200,5', 'settings:catalogue.errors.notWhole'],
    ['settings.workingDaysPerYear', '400', 'settings:catalogue.errors.range'],
    ['thresholds.gateMaxLevel', '6', 'settings:catalogue.errors.range'],
    ['thresholds.gateMaxLevel', '2,5', 'settings:catalogue.errors.notWhole'],
    ['thresholds.apBounds.0', '0', 'settings:catalogue.errors.range'],
  ])('given %s typed as "%s", when checked, then no catalogue and the message %s', (fieldId, text, key) => {
    const result = errorsOf(parseCatalogueForm({ ...form(), [fieldId]: text }, base, 'de'));
    expect(result.fieldErrors.get(fieldId)?.key).toBe(key);
    expect(result.fieldErrors.size).toBe(1);
  });

  it.each([
    ['weights.as.Va', '1.000'],
    ['settings.hoursPerDay', '7.800'],
    ['thresholds.minCompleteness', '1.000'],
  ])('given %s typed as "%s" in German, when checked, then it is read as thousands and refused as out of range, never as 1 or 7,8', (fieldId, text) => {
    const result = errorsOf(parseCatalogueForm({ ...form(), [fieldId]: text }, base, 'de'));
    expect(result.fieldErrors.get(fieldId)?.key).toMatch(/^settings:catalogue\.errors\.(range|aboveMin)$/);
  });

  it('given "1,000" in a decimal field, when checked, then it is refused as ambiguous in German, and "1.000" in English', () => {
    const german = errorsOf(parseCatalogueForm({ ...form(), 'weights.as.Va': '1,000' }, base, 'de'));
    expect(german.fieldErrors.get('weights.as.Va')?.key).toBe('settings:catalogue.errors.ambiguousSeparator');
    const english = errorsOf(parseCatalogueForm({ ...form('en'), 'weights.as.Va': '1.000' }, base, 'en'));
    expect(english.fieldErrors.get('weights.as.Va')?.key).toBe('settings:catalogue.errors.ambiguousSeparator');
    const thousand = errorsOf(parseCatalogueForm({ ...form('en'), 'weights.as.Va': '1,000' }, base, 'en'));
    expect(thousand.fieldErrors.get('weights.as.Va')?.key).toBe('settings:catalogue.errors.range');
  });

  it('given "1.000" or "1,000" in a whole-number field, when checked, then both are a thousand in either language', () => {
    for (const language of ['de', 'en'] as const) {
      for (const text of ['1.000', '1,000']) {
        const result = errorsOf(parseCatalogueForm({ ...form(language), 'thresholds.apBounds.3': text }, base, language));
        expect(result.fieldErrors.get('thresholds.apBounds.3')?.key).toBe('settings:catalogue.errors.range');
      }
    }
  });

  it('given a stored decimal of three places from 1 on, when shown, then its text reads back as the same value', () => {
    const stored = structuredClone(base);
    stored.weights.as.Va = 1.125;
    for (const language of ['de', 'en'] as const) {
      const shown = catalogueToForm(stored, language);
      expect(formMatches(shown, stored, language)).toBe(true);
      expect(catalogueOf(parseCatalogueForm(shown, stored, language)).weights.as.Va).toBe(1.125);
    }
  });

  it('given a range error, when checked, then the message gets the bounds in the UI language', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'settings.realisationFactor': '2' }, base, 'de'));
    expect(result.fieldErrors.get('settings.realisationFactor')?.values).toEqual({ min: '0', max: '1' });
    const hours = errorsOf(parseCatalogueForm({ ...form('en'), 'settings.hoursPerDay': '30' }, base, 'en'));
    expect(hours.fieldErrors.get('settings.hoursPerDay')?.values).toEqual({ min: '0', max: '24' });
    const cost = errorsOf(parseCatalogueForm({ ...form(), 'settings.fteCostPerYear': '20.000.000' }, base, 'de'));
    expect(cost.fieldErrors.get('settings.fteCostPerYear')?.values).toEqual({ min: '0', max: '10.000.000' });
  });

  it('given both weights of the DS need set to 0, when checked, then the group is refused, other groups not', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'weights.dsNeed.Mb': '0', 'weights.dsNeed.Id': '0,0' }, base, 'de'));
    expect([...result.groupErrors.keys()]).toEqual(['dsNeed']);
    expect(result.groupErrors.get('dsNeed')?.key).toBe('settings:catalogue.errors.weightSum');
    expect(result.fieldErrors.size).toBe(0);
  });

  it('given one weight of a group at 0 and another above, when checked, then it is accepted', () => {
    const catalogue = catalogueOf(parseCatalogueForm({ ...form(), 'weights.ei.Vm': '0' }, base, 'de'));
    expect(catalogue.weights.ei.Vm).toBe(0);
  });

  it('given medium effort above low effort, when checked, then medium is refused with the low threshold named', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'thresholds.effortMedium': '70' }, base, 'de'));
    expect(result.fieldErrors.get('thresholds.effortMedium')).toEqual({ key: 'settings:catalogue.errors.effortOrder', values: { previous: '67' } });
  });

  it('given low effort lowered below medium effort, when checked, then the changed low threshold is refused with the medium one named, not the untouched medium', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'thresholds.effortLow': '20' }, base, 'de'));
    expect(result.fieldErrors.get('thresholds.effortLow')).toEqual({ key: 'settings:catalogue.errors.effortOrderReverse', values: { next: '34' } });
    expect(result.fieldErrors.size).toBe(1);
  });

  it('given the level for no media break raised above the next one, when checked, then the changed level is refused', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'thresholds.mbLevels.0': '5' }, base, 'de'));
    expect(result.fieldErrors.get('thresholds.mbLevels.0')).toEqual({ key: 'settings:catalogue.errors.mbOrderReverse', values: { next: '3' } });
    expect(result.fieldErrors.size).toBe(1);
  });

  it('given application bounds that do not rise, when checked, then the first bound not above its predecessor is refused', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'thresholds.apBounds.2': '3' }, base, 'de'));
    expect(result.fieldErrors.get('thresholds.apBounds.2')).toEqual({ key: 'settings:catalogue.errors.boundsOrder', values: { previous: '3' } });
    expect(result.fieldErrors.size).toBe(1);
  });

  it('given media-break levels that fall, or exception midpoints that rise with the level, when checked, then refused', () => {
    const result = errorsOf(parseCatalogueForm({ ...form(), 'thresholds.mbLevels.2': '2', 'thresholds.exMidpoints.4': '10' }, base, 'de'));
    expect(result.fieldErrors.get('thresholds.mbLevels.2')?.key).toBe('settings:catalogue.errors.mbOrder');
    expect(result.fieldErrors.get('thresholds.exMidpoints.4')).toEqual({ key: 'settings:catalogue.errors.exOrder', values: { previous: '7,5' } });
  });

  it('given a bad value, when checked, then the base catalogue is not changed', () => {
    const before = structuredClone(base);
    parseCatalogueForm({ ...form(), 'weights.dsNeed.Mb': '0,9', 'settings.hoursPerDay': 'x' }, base, 'de');
    expect(base).toEqual(before);
  });
});
