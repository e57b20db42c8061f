// Tests of the numbers the method description names: every placeholder of the German and English
// texts is one the catalogue fills in, both languages name the same ones, and each takes its value
// from the catalogue, formatted in the language.
import { describe, expect, it } from 'vitest';
import { createDefaultCatalogue } from '../../domain/criteria';
import methodDe from '../../i18n/locales/de/method.json';
import methodEn from '../../i18n/locales/en/method.json';
import { methodValues } from './methodValues';

/** The `{{name}}` placeholders of every text and formula of a description. */
function placeholders(description: Record<string, { title: string; text: string; formula?: string }>): Set<string> {
  const texts = Object.values(description).flatMap((entry) => [entry.title, entry.text, entry.formula ?? '']);
  return new Set(texts.flatMap((text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])));
}

describe('methodValues', () => {
  it('given the method texts, when their placeholders are read, then both languages name exactly the numbers the catalogue fills in', () => {
    const names = Object.keys(methodValues(createDefaultCatalogue(), 'de')).sort();

    expect([...placeholders(methodDe.description)].sort()).toEqual(names);
    expect([...placeholders(methodEn.description)].sort()).toEqual(names);
  });

  it('given a changed catalogue, when its values are formatted, then each is that catalogue\'s number in the language\'s format', () => {
    const catalogue = createDefaultCatalogue();
    catalogue.weights.ei.Vm = 0.125;
    catalogue.thresholds.dsEnablerBase = 0.3;
    catalogue.thresholds.minCompleteness = 0.4;
    catalogue.thresholds.exMidpoints = [0.6, 0.3, 0.125, 0.075, 0.01];
    catalogue.thresholds.mbLevels = [1, 2, 4, 5];
    catalogue.settings.hoursPerDay = 8.25;
    catalogue.settings.fteCostPerYear = 82_500;

    const de = methodValues(catalogue, 'de');
    const en = methodValues(catalogue, 'en');

    expect([de.eiVm, en.eiVm]).toEqual(['0,125', '0.125']);
    expect([de.dsEnablerBase, de.dsEnablerRest]).toEqual(['0,3', '0,7']);
    expect(de.minCompleteness).toMatch(/^40\s%$/);
    expect(en.minCompleteness).toBe('40%');
    expect([en.exShare1, en.exShare3, en.exShare4, en.exShare5]).toEqual(['60%', '12.5%', '7.5%', '1%']);
    expect([de.mbLevel0, de.mbLevel1, de.mbLevel2, de.mbLevel3]).toEqual(['1', '2', '4', '5']);
    expect([de.hoursPerDay, en.hoursPerDay]).toEqual(['8,25', '8.25']);
    expect(de.fteCostPerYear).toMatch(/^82\.500\s€$/);
    expect(en.fteCostPerYear).toBe('€82,500');
  });
});
