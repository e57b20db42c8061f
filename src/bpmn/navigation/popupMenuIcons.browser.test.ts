// The modeller's popup menus as a screen reader reads them (popupMenuIcons.ts): each option is named
// by its text alone, without the icon font's character before it, and its icon is still drawn. The
// option chosen with the arrow keys is outlined as clearly as a focused control (popupMenuIcons.css).
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import { expectOutlineInside, emulateForcedDarkColours } from '../testing/drawnOutline';
import { elementById, mountModeler, withAppTexts } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';

const oneTaskXml = testDiagramXml({ nodes: [{ id: 'Task_A', name: 'Antrag prüfen' }] });

function selectAndFocus(modeler: Modeler, id: string): void {
  modeler.get<Selection>('selection').select(elementById(modeler, id));
  modeler.get<Canvas>('canvas').focus();
}

/** the option's icon: drawn (a glyph of some width) and hidden from the accessibility tree */
function expectDrawnHiddenIcon(option: Element): void {
  const icon = option.querySelector('.djs-popup-entry-icon > [aria-hidden="true"]');
  expect(icon).not.toBeNull();
  const glyph = getComputedStyle(icon as Element, '::before');
  expect(glyph.content).not.toBe('none');
  expect(parseFloat(glyph.width)).toBeGreaterThan(0);
}

describe('the popup menus\' options are named by their text alone', () => {
  test('given the element actions of a task, then "Endereignis anfügen" is an option of exactly that name, its icon drawn', async () => {
    const { modeler } = await mountModeler({ xml: oneTaskXml, create: withAppTexts() });
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('a');

    const option = page.getByRole('option', { name: 'Endereignis anfügen', exact: true });
    await expect.element(option).toBeVisible();
    expectDrawnHiddenIcon(option.element());
  });

  test('given "Element ändern" chosen there, then bpmn-js\'s replace menu names "Benutzeraufgabe" by its text alone', async () => {
    const { modeler } = await mountModeler({ xml: oneTaskXml, create: withAppTexts() });
    selectAndFocus(modeler, 'Task_A');
    await userEvent.keyboard('a');
    await userEvent.keyboard('Element ändern');
    await userEvent.keyboard('{Enter}');

    const option = page.getByRole('option', { name: 'Benutzeraufgabe', exact: true });
    await expect.element(option).toBeVisible();
    expectDrawnHiddenIcon(option.element());
  });

  test('given nothing selected, then the elements to create are named by their text alone', async () => {
    const { modeler } = await mountModeler({ xml: oneTaskXml, create: withAppTexts() });
    modeler.get<Canvas>('canvas').focus();

    await userEvent.keyboard('a');

    await expect.element(page.getByRole('option', { name: 'Aufgabe erstellen', exact: true })).toBeVisible();
  });
});

describe('the popup menus\' option chosen with the arrow keys', () => {
  test('given the elements to create, when ArrowDown is pressed twice, then the option chosen is outlined inside its box at 3 : 1 against the menu, also in forced colours', async () => {
    const { modeler } = await mountModeler({ xml: oneTaskXml, create: withAppTexts() });
    modeler.get<Canvas>('canvas').focus();
    await userEvent.keyboard('a');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');

    const chosen = document.querySelector('.djs-popup .entry.selected');
    const menu = document.querySelector('.djs-popup');
    if (!chosen || !menu) throw new Error('no option chosen in an open menu');
    const grounds = () => [getComputedStyle(menu).backgroundColor, getComputedStyle(chosen).backgroundColor];
    expectOutlineInside(chosen, grounds());
    await emulateForcedDarkColours();
    expectOutlineInside(chosen, grounds());
  });
});
