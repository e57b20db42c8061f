// The catalogue's threshold fields read as a sentence with the number and unit beside them: each
// lower bound of a band or a recommendation ("at least 67 points") says so in its label, in German
// and in English, as the classes' upper bounds say "at most"; none dangles on a preposition
// ("Low effort from ease of 67").
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { catalogueFields, fieldLabel } from './catalogueFields';

/** the thresholds a score must reach at least for its band or recommendation */
const lowerBounds = ['thresholds.effortLow', 'thresholds.effortMedium', 'thresholds.assistMinAs', 'thresholds.automateMinAs', 'thresholds.digitiseMinDs'];

describe.each([
  ['de', ': mindestens'],
  ['en', ': at least'],
] as const)('the catalogue field labels (%s)', (language, atLeast) => {
  const t = i18n.getFixedT(language);

  it.each(lowerBounds)('label the lower bound %s as one, before its number', (id) => {
    const field = catalogueFields.find((candidate) => candidate.id === id);
    if (!field) throw new Error(`no field ${id}`);
    expect(fieldLabel(t, field).endsWith(atLeast)).toBe(true);
  });

  it('end no threshold label on a preposition', () => {
    const dangling = catalogueFields.filter((field) => field.id.startsWith('thresholds.')).map((field) => fieldLabel(t, field)).filter((label) => / (of|from|ab|von)$/.test(label));
    expect(dangling).toEqual([]);
  });
});
