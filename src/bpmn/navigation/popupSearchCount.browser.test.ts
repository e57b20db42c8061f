// The number of results under the search field of the modeller's popup menus ("Aktionen", "Element
// ändern") in the UI's language (popupSearchCount.ts): shown, and told once by one status line once
// typing pauses; diagram-js's English "3 results found" is neither shown nor spoken.
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import { elementById, mountModeler, withAppTexts } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';
import type { ModelerLanguageCode } from '../translate/translateModule';

const oneTaskXml = testDiagramXml({ nodes: [{ id: 'Task_A', name: 'Antrag prüfen' }] });

async function openActions(language: ModelerLanguageCode = 'de'): Promise<{ modeler: Modeler; popup: HTMLElement }> {
  const { modeler, container } = await mountModeler({ xml: oneTaskXml, create: withAppTexts(language) });
  modeler.get<Selection>('selection').select(elementById(modeler, 'Task_A'));
  modeler.get<Canvas>('canvas').focus();
  await userEvent.keyboard('a');
  const popup = container.querySelector<HTMLElement>('.djs-popup');
  if (!popup) throw new Error('no popup menu');
  return { modeler, popup };
}

/** what in the menu a screen reader tells as it changes: its live regions that are rendered */
function liveRegions(popup: HTMLElement): HTMLElement[] {
  return [...popup.querySelectorAll<HTMLElement>('[aria-live], [role="status"]')].filter((region) => region.checkVisibility());
}

function entriesShown(popup: HTMLElement): number {
  return popup.querySelectorAll('.djs-popup-results .entry').length;
}

/** the one live region's text once typing has paused; fails when there is not exactly one */
async function toldCount(popup: HTMLElement): Promise<string> {
  await expect.poll(() => liveRegions(popup).map((region) => region.textContent?.trim()).filter(Boolean)).toHaveLength(1);
  const [region] = liveRegions(popup);
  expect(region).toBeVisible();
  return region.textContent?.trim() ?? '';
}

describe('the popup menus\' search tells the number of results in the UI\'s language', () => {
  test('given "Aktionen" of a task in German, when the search finds several, one or no entries, then one visible status line says "… Treffer" or "Keine Treffer"', async () => {
    const { popup } = await openActions();

    await userEvent.keyboard('anfügen');
    const several = entriesShown(popup);
    expect(several).toBeGreaterThan(1);
    expect(await toldCount(popup)).toBe(`${several} Treffer`);

    await userEvent.keyboard('{Control>}a{/Control}Gateway anf');
    expect(entriesShown(popup)).toBe(1);
    await expect.poll(() => toldCount(popup)).toBe('1 Treffer');

    await userEvent.keyboard('{Control>}a{/Control}xyz');
    expect(entriesShown(popup)).toBe(0);
    await expect.poll(() => toldCount(popup)).toBe('Keine Treffer');
    // diagram-js's English count is not shown (innerText leaves out what is not rendered)
    expect(popup.innerText).not.toMatch(/results? found/);
  });

  test('given "Aktionen" in English, when the search finds one entry, then the status line says "One result"', async () => {
    const { popup } = await openActions('en');

    await userEvent.keyboard('Append gateway');

    expect(entriesShown(popup)).toBe(1);
    expect(await toldCount(popup)).toBe('One result');
  });

  test('given a search cleared again, then the status line is empty and the menu shows no count', async () => {
    const { popup } = await openActions();
    await userEvent.keyboard('Gateway');
    await toldCount(popup);

    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');

    await expect.poll(() => liveRegions(popup).map((region) => region.textContent?.trim()).filter(Boolean)).toEqual([]);
  });
});
