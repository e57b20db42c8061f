// A press of the mouse on the palette or a context pad inside the page's main region leaves the
// keyboard on the canvas (canvasFocusOnPress.ts): the next key works on the diagram, not on the page.
// Reached by Tab, the canvas shows its whole focus ring, inside its box (canvasFocusRing.css).
import { describe, expect, onTestFinished, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Canvas from 'diagram-js/lib/core/Canvas';
import { expectOutlineInside } from '../testing/drawnOutline';
import { elementsOfType, mountModeler, partOf, withAppTexts } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';

const twoTasksXml = testDiagramXml({
  nodes: [
    { id: 'Start', type: 'startEvent' },
    { id: 'Task_A', name: 'Antrag prüfen' },
  ],
  flows: [{ id: 'Flow_1', from: 'Start', to: 'Task_A' }],
});

/** The modeller inside a main region that takes the focus, as the app's page has one (the skip link's target). */
async function mountInMain() {
  const main = document.createElement('main');
  main.tabIndex = -1;
  document.body.append(main);
  onTestFinished(() => main.remove());
  const mounted = await mountModeler({ xml: twoTasksXml, width: 1000, create: withAppTexts() });
  main.append(mounted.container);
  return mounted;
}

describe('the canvas keeps the keyboard after a press on what is drawn over it', () => {
  test('given a task clicked, when "Gateway anfügen" is clicked in its context pad and its name entered, then the canvas has the focus and Delete removes the new gateway', async () => {
    const { modeler, container } = await mountInMain();
    await userEvent.click(partOf(container, '[data-element-id="Task_A"]'));

    await userEvent.click(partOf(container, '.djs-context-pad [data-action="append.gateway"]'));
    await userEvent.keyboard('Vollständig?{Enter}');

    expect(elementsOfType(modeler, 'bpmn:ExclusiveGateway')).toHaveLength(1);
    expect(modeler.get<Canvas>('canvas').isFocused()).toBe(true);
    await userEvent.keyboard('{Delete}');
    expect(elementsOfType(modeler, 'bpmn:ExclusiveGateway')).toHaveLength(0);
  });

  test('given the palette\'s data object clicked, then the canvas has the focus: Escape ends the creation and A opens the menu of elements to create', async () => {
    const { modeler, container } = await mountInMain();

    await userEvent.click(partOf(container, '.djs-palette [data-action="create.data-object"]'));
    expect(modeler.get<Canvas>('canvas').isFocused()).toBe(true);
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('a');

    expect(partOf(container, '.djs-popup')).toHaveTextContent('Element erstellen');
    expect(elementsOfType(modeler, 'bpmn:DataObjectReference')).toHaveLength(0);
  });

  test('given the element search open, when its field is clicked, then the field keeps the focus', async () => {
    const { modeler, container } = await mountInMain();
    modeler.get<Canvas>('canvas').focus();
    await userEvent.keyboard('{Control>}f{/Control}');
    const field = partOf(container, '.djs-search-container input');

    await userEvent.click(field);

    expect(document.activeElement).toBe(field);
  });
});

describe('the focused canvas', () => {
  test('given the canvas reached by Tab, then its focus ring is drawn whole inside its box, which cuts off what lies outside', async () => {
    const { container } = await mountInMain();
    const before = document.createElement('button');
    before.textContent = 'davor';
    container.before(before);
    before.focus();

    await userEvent.tab();

    const svg = partOf(container, 'svg');
    expect(document.activeElement).toBe(svg);
    expect(getComputedStyle(partOf(container, '.djs-container')).overflow).toBe('hidden');
    expectOutlineInside(svg, ['rgb(255, 255, 255)']);
  });
});
