// The modeller's popup menus as a screen reader reads them (popupMenuIcons.ts): each option is named
// by its text alone, without the icon font's character before it, and its icon is still drawn. The
// option chosen with the arrow keys is outlined as clearly as a focused control (popupMenuIcons.css).
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import { expectOutlineInside, emulateForcedDarkColours } from '../testing/drawnOutline';
import { elementById, mountModeler, partOf, withAppTexts } from '../testing/mountModeler';
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

/**
 * A pool holding a task, an expanded sub-process, a timer boundary event on the task and a data
 * object reference: every element type whose replace menu has header buttons, but a start event of
 * an event sub-process, which takes the same button as the boundary event.
 */
const headerEntriesXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs_Header" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collaboration_Amt">
    <bpmn:participant id="Pool_Amt" name="Bürgeramt" processRef="Process_Amt" />
  </bpmn:collaboration>
  <bpmn:process id="Process_Amt" isExecutable="false">
    <bpmn:task id="Task_A" name="Antrag prüfen" />
    <bpmn:subProcess id="Sub_B" name="Gebühr erheben" />
    <bpmn:boundaryEvent id="Timer_C" attachedToRef="Task_A"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>
    <bpmn:dataObjectReference id="Data_D" name="Antrag" dataObjectRef="DataObject_D" />
    <bpmn:dataObject id="DataObject_D" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_Header">
    <bpmndi:BPMNPlane id="Plane_Header" bpmnElement="Collaboration_Amt">
      <bpmndi:BPMNShape id="Pool_Amt_di" bpmnElement="Pool_Amt" isHorizontal="true"><dc:Bounds x="50" y="50" width="700" height="300" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_A_di" bpmnElement="Task_A"><dc:Bounds x="150" y="100" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Sub_B_di" bpmnElement="Sub_B" isExpanded="true"><dc:Bounds x="300" y="80" width="250" height="150" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Timer_C_di" bpmnElement="Timer_C"><dc:Bounds x="182" y="162" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Data_D_di" bpmnElement="Data_D"><dc:Bounds x="600" y="250" width="36" height="50" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

interface ReplaceMenuOpener {
  open(target: unknown, providerId: string, position: { x: number; y: number }): void;
}

/** The replace menu of `id` opened: its header buttons are exactly `names`, each found by its role and name; returns them. */
async function expectHeaderButtons(modeler: Modeler, id: string, names: string[]): Promise<Element[]> {
  modeler.get<ReplaceMenuOpener>('popupMenu').open(elementById(modeler, id), 'bpmn-replace', { x: 100, y: 100 });
  const header = page.elementLocator(partOf(document.body, '.djs-popup-header'));
  const buttons: Element[] = [];
  for (const name of names) {
    const button = header.getByRole('button', { name, exact: true });
    await expect.element(button).toBeVisible();
    buttons.push(button.element());
  }
  expect(header.getByRole('button').elements()).toHaveLength(names.length);
  return buttons;
}

describe('the replace menu\'s header buttons are named by their titles', () => {
  test.each([
    ['Task_A', ['Parallele Mehrfachausführung', 'Sequenzielle Mehrfachausführung', 'Schleife']],
    ['Sub_B', ['Parallele Mehrfachausführung', 'Sequenzielle Mehrfachausführung', 'Schleife']],
    ['Data_D', ['Sammlung']],
    ['Pool_Amt', ['Mehrfachteilnehmer']],
  ])('given the replace menu of %s in German, then its header buttons are %j, their icons drawn', async (id, names) => {
    const { modeler } = await mountModeler({ xml: headerEntriesXml, create: withAppTexts() });
    for (const button of await expectHeaderButtons(modeler, id, names)) expectDrawnHiddenIcon(button);
  });

  test('given a task that repeats as a loop, when its replace menu opens, then "Schleife" is pressed and the multi-instance buttons are not', async () => {
    const { modeler } = await mountModeler({ xml: headerEntriesXml, create: withAppTexts() });
    // bpmn-js's modeling takes its own element type, which diagram-js's registry does not name
    const task = elementById(modeler, 'Task_A') as Parameters<Modeling['updateProperties']>[0];
    modeler.get<Modeling>('modeling').updateProperties(task, { loopCharacteristics: modeler.get<BpmnFactory>('bpmnFactory').create('bpmn:StandardLoopCharacteristics') });

    const [parallel, sequential, loop] = await expectHeaderButtons(modeler, 'Task_A', ['Parallele Mehrfachausführung', 'Sequenzielle Mehrfachausführung', 'Schleife']);

    // set once the menu has opened (diagram-js reports that after its first frame)
    await expect.poll(() => loop.getAttribute('aria-pressed')).toBe('true');
    expect(parallel).toHaveAttribute('aria-pressed', 'false');
    expect(sequential).toHaveAttribute('aria-pressed', 'false');
  });

  test('given the replace menu of a task in English, then its header buttons are named in English', async () => {
    const { modeler } = await mountModeler({ xml: headerEntriesXml, create: withAppTexts('en') });
    await expectHeaderButtons(modeler, 'Task_A', ['Parallel multi-instance', 'Sequential multi-instance', 'Loop']);
  });

  test('given the replace menu of a boundary event, then its one header button (bpmn-js draws its icon as a picture) is named by its title', async () => {
    const { modeler } = await mountModeler({ xml: headerEntriesXml, create: withAppTexts() });
    await expectHeaderButtons(modeler, 'Timer_C', ['Unterbrechend / nicht unterbrechend umschalten']);
  });
});
