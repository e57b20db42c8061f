// Tests of the one name the views give a step: its name, or, for a step without one (an empty name
// or one of only spaces), "Schritt ohne Namen" with its element id, in German and in English.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { stepLabel } from './stepLabel';

afterEach(async () => {
  await i18n.changeLanguage('de');
});

describe('stepLabel', () => {
  it('given a named step, then its name is the label, without spaces around it', () => {
    expect(stepLabel(i18n.t, 'Antrag prüfen', 'Task_1')).toBe('Antrag prüfen');
    expect(stepLabel(i18n.t, ' Antrag prüfen  ', 'Task_1')).toBe('Antrag prüfen');
  });

  it.each(['', '   '])('given a step named %j, then it is named by its element id, in German and in English', async (name) => {
    await i18n.changeLanguage('de');
    expect(stepLabel(i18n.t, name, 'Task_1')).toBe('Schritt ohne Namen (Task_1)');

    await i18n.changeLanguage('en');
    expect(stepLabel(i18n.t, name, 'Task_1')).toBe('Unnamed step (Task_1)');
  });
});
