// The in-place label editor as a screen reader and a keyboard user meet it: opened with E on the
// selected step, by "Aufgabe anfügen" or on a text annotation, it is a multi-line textbox named after
// what it edits, in the modeller's language, and shows the app's 3 px focus outline round its box.
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { within } from '@testing-library/dom';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import type { ModelerLanguageCode } from '../translate/translateModule';
import { newDiagramXml } from '../newDiagramXml';
import { elementById, mountModeler, withAppTexts } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';
import { appendTask } from './appendTask';

/** app.css's focus colour, which the page around the modeller defines */
const focusColour = 'rgb(11, 99, 206)';

const namedTaskXml = testDiagramXml({ nodes: [{ id: 'Task_A', name: 'Antrag prüfen' }] });

async function mount(xml: string, language: ModelerLanguageCode = 'de') {
  const mounted = await mountModeler({
    xml,
    create: withAppTexts(language),
  });
  mounted.container.style.setProperty('--color-focus', focusColour);
  return mounted;
}


/** Selects the element, focuses the canvas and presses E, as a keyboard user opens its label. */
async function pressE(modeler: Modeler, id: string): Promise<void> {
  modeler.get<Selection>('selection').select(elementById(modeler, id));
  modeler.get<Canvas>('canvas').focus();
  await userEvent.keyboard('e');
}

function editorBox(container: HTMLElement): HTMLElement {
  const box = container.querySelector<HTMLElement>('.djs-direct-editing-parent');
  if (!box) throw new Error('no label editor');
  return box;
}

describe('the label editor', () => {
  test('given a named task, when E opens its label, then the focus is in a multi-line textbox named after the name', async () => {
    const { modeler, container } = await mount(namedTaskXml);

    await pressE(modeler, 'Task_A');

    const textbox = within(container).getByRole('textbox', { name: 'Name von „Antrag prüfen“' });
    expect(document.activeElement).toBe(textbox);
    expect(textbox.getAttribute('aria-multiline')).toBe('true');
  });

  test('given the open editor with the focus in it, then its box shows the 3 px focus outline', async () => {
    const { modeler, container } = await mount(namedTaskXml);

    await pressE(modeler, 'Task_A');

    const style = getComputedStyle(editorBox(container));
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineWidth).toBe('3px');
    expect(style.outlineColor).toBe(focusColour);
    expect(style.outlineOffset).toBe('2px');
  });

  test('given a new process, when "Aufgabe anfügen" appends a task, then its open label is a textbox for an unnamed element', async () => {
    const { modeler, container } = await mount(newDiagramXml('Neuer Prozess'));

    appendTask(modeler);

    const textbox = within(container).getByRole('textbox', { name: 'Name des Elements' });
    expect(document.activeElement).toBe(textbox);
  });

  test('given a text annotation, when its editor opens, then it is named as the annotation’s text', async () => {
    const { modeler, container } = await mount(namedTaskXml);
    const canvas = modeler.get<Canvas>('canvas');
    const annotation = modeler
      .get<{ createShape(shape: { type: string }, position: { x: number; y: number }, parent: unknown): Shape }>('modeling')
      .createShape({ type: 'bpmn:TextAnnotation' }, { x: 400, y: 300 }, canvas.getRootElement());

    modeler.get<{ activate(element: Element): boolean }>('directEditing').activate(annotation);

    expect(within(container).getByRole('textbox', { name: 'Text der Anmerkung' })).toBeTruthy();
  });

  test('given English, when E opens a named task’s label, then the textbox is named in English', async () => {
    const { modeler, container } = await mount(namedTaskXml, 'en');

    await pressE(modeler, 'Task_A');

    expect(within(container).getByRole('textbox', { name: 'Name of “Antrag prüfen”' })).toBeTruthy();
  });

  test('given the editor closed with Escape and opened on another element, then it is named after that one', async () => {
    const { modeler, container } = await mount(testDiagramXml({ nodes: [{ id: 'Task_A', name: 'A' }, { id: 'Task_B' }] }));
    await pressE(modeler, 'Task_A');
    await userEvent.keyboard('{Escape}');

    await pressE(modeler, 'Task_B');

    expect(within(container).getByRole('textbox', { name: 'Name des Elements' })).toBeTruthy();
    expect(within(container).queryByRole('textbox', { name: 'Name von „A“' })).toBeNull();
  });
});
