// Tests of the diagram pickers' label: a named view shows its name, an unnamed one its place in the
// list, in German and in English, never an id.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { diagramLabel } from './diagramLabel';

afterEach(async () => {
  await i18n.changeLanguage('de');
});

describe('diagramLabel', () => {
  it('given a named view, then its name is the label', () => {
    expect(diagramLabel(i18n.t, { name: 'Kunde, Pizzeria' }, 1)).toBe('Kunde, Pizzeria');
  });

  it('given a view without a name, then it is named by its place in the list', async () => {
    await i18n.changeLanguage('de');
    expect(diagramLabel(i18n.t, {}, 2)).toBe('Diagramm 2 (ohne Namen)');

    await i18n.changeLanguage('en');
    expect(diagramLabel(i18n.t, {}, 2)).toBe('Diagram 2 (unnamed)');
  });
});
