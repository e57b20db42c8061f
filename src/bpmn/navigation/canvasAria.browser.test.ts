// What a screen reader learns of the focused diagram: the svg diagram-js makes a tab stop is named
// after the selection, not after every text in the diagram, described by the canvas's keys, and a
// status line tells of deletions, undo and redo, and of moves by the arrow keys once they pause, in
// the modeller's language.
import { describe, expect, onTestFinished, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { setModelerLanguage } from '../createModeler';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { verticalPoolXml } from '../testing/laneDiagrams';
import { elementById, mountModeler, withAppTexts } from '../testing/mountModeler';

async function mount() {
  return mountModeler({
    xml: sampleDiagramXml,
    width: 1200,
    create: withAppTexts(),
  });
}


/** the part of bpmn-js's modeling a test calls to rename, as the label editor does */
interface Modeling {
  updateLabel(element: Element, text: string): void;
}

function focusedDiagram(container: HTMLElement): SVGElement {
  const svg = container.querySelector<SVGElement>('svg[tabindex]');
  if (!svg) throw new Error('no focusable diagram');
  return svg;
}

/** a step of the sample, a user task: "Angaben aus dem Formular ins Fachverfahren abtippen" */
function firstTask(modeler: Modeler): Element {
  return elementById(modeler, 'Task_DatenAbtippen');
}

function status(container: HTMLElement): HTMLElement {
  const line = container.querySelector<HTMLElement>('.djs-container > [role="status"]');
  if (!line) throw new Error('no status line');
  return line;
}

describe('the focused diagram for a screen reader', () => {
  test('given the sample, then the diagram is named after its selection, not its texts, and described by its keys', async () => {
    const { modeler, container } = await mount();
    const svg = focusedDiagram(container);
    const task = firstTask(modeler);
    const taskName = String(task.businessObject.name);

    expect(svg).toHaveAccessibleName('Nichts ausgewählt');
    expect(svg).toHaveAccessibleDescription(expect.stringContaining('A oder Umschalt+F10 öffnet die Aktionen'));

    modeler.get<Selection>('selection').select(task);
    expect(svg).toHaveAccessibleName(`Ausgewählt: Benutzeraufgabe „${taskName}“`);

    modeler.get<Selection>('selection').select(elementById(modeler, 'Lane_Ordnungsamt'));
    expect(svg).toHaveAccessibleName(`Ausgewählt: Lane „${String(elementById(modeler, 'Lane_Ordnungsamt').businessObject.name)}“`);

    modeler.get<Selection>('selection').select([task, elementById(modeler, 'Lane_Ordnungsamt')]);
    expect(svg).toHaveAccessibleName('2 Elemente ausgewählt');
  });

  test('given a task deleted with the Delete key, then the status line says so and that Ctrl+Z undoes it; Ctrl+Z brings it back selected, and Ctrl+Y redoes', async () => {
    const { modeler, container } = await mount();
    const task = firstTask(modeler);
    const taskName = String(task.businessObject.name);
    modeler.get<Selection>('selection').select(task);
    modeler.get<Canvas>('canvas').focus();

    await userEvent.keyboard('{Delete}');
    expect(modeler.get<ElementRegistry>('elementRegistry').get(task.id)).toBeUndefined();
    await expect.poll(() => status(container).textContent).toBe(`Benutzeraufgabe „${taskName}“ gelöscht. Strg+Z macht es rückgängig.`);
    expect(focusedDiagram(container)).toHaveAccessibleName('Nichts ausgewählt');

    await userEvent.keyboard('{Control>}z{/Control}');
    // the task is back, and selected again: the user is where they were
    await expect.poll(() => status(container).textContent).toBe(`Rückgängig gemacht: Benutzeraufgabe „${taskName}“ ist wieder da.`);
    expect(focusedDiagram(container)).toHaveAccessibleName(`Ausgewählt: Benutzeraufgabe „${taskName}“`);
    await userEvent.keyboard('{Control>}y{/Control}');
    await expect.poll(() => status(container).textContent).toBe('Wiederholt.');
  });

  test('given a selected task renamed, then the diagram is named with the new name', async () => {
    const { modeler, container } = await mount();
    const task = firstTask(modeler);
    modeler.get<Selection>('selection').select(task);

    modeler.get<Modeling>('modeling').updateLabel(task, 'Angaben übernehmen');

    expect(focusedDiagram(container)).toHaveAccessibleName('Ausgewählt: Benutzeraufgabe „Angaben übernehmen“');
  });

  test('given a sequence flow selected, then it is named by the elements it joins', async () => {
    const { modeler, container } = await mount();
    const flow = (firstTask(modeler) as Shape).outgoing.find((connection) => connection.type === 'bpmn:SequenceFlow');
    if (!flow?.source || !flow.target) throw new Error('the task has no outgoing flow');

    modeler.get<Selection>('selection').select(flow);

    const nameOf = (end: Element) => String(end.businessObject.name ?? '');
    expect(focusedDiagram(container)).toHaveAccessibleName(expect.stringMatching(/^Ausgewählt: Sequenzfluss (?:„[^“]+“ )?von /));
    expect(focusedDiagram(container)).toHaveAccessibleName(expect.stringContaining(`von Benutzeraufgabe „${nameOf(flow.source)}“ nach `));
    expect(focusedDiagram(container)).toHaveAccessibleName(expect.stringContaining(nameOf(flow.target) || 'ohne Namen'));
  });

  test('given the language switched to English, then the name and the keys are English', async () => {
    const { modeler, container } = await mount();
    const task = firstTask(modeler);
    modeler.get<Selection>('selection').select(task);

    setModelerLanguage(modeler, 'en');

    const svg = focusedDiagram(container);
    expect(svg).toHaveAccessibleName(`Selected: User task “${String(task.businessObject.name)}”`);
    expect(svg).toHaveAccessibleDescription(expect.stringContaining('A or Shift+F10 opens the actions'));
  });
});

describe('a move by the arrow keys', () => {
  /** every message the status line shows from now on, in turn */
  function messagesOf(container: HTMLElement): string[] {
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const text = status(container).textContent;
      if (text) said.push(text);
    });
    observer.observe(status(container), { childList: true, characterData: true, subtree: true });
    onTestFinished(() => observer.disconnect());
    return said;
  }

  async function selectAndFocus(modeler: Modeler, id: string): Promise<void> {
    modeler.get<Selection>('selection').select(elementById(modeler, id));
    modeler.get<Canvas>('canvas').focus();
  }

  test('given a selected task, when the arrow keys move it several times in a row, then the status line says "Verschoben." once they pause, once', async () => {
    const { modeler, container } = await mount();
    const task = firstTask(modeler) as Shape;
    const x = task.x;
    await selectAndFocus(modeler, task.id);
    const said = messagesOf(container);

    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowDown}');

    expect(task.x).toBe(x + 3);
    await expect.poll(() => said).toEqual(['Verschoben.']);
    await new Promise((resolve) => window.setTimeout(resolve, 800));
    expect(said).toEqual(['Verschoben.']);
  });

  test('given a task in the lane "Bürgerbüro", when Shift+arrow keys move it across into "Kasse", then the status line names the lane', async () => {
    const { modeler, container } = await mountModeler({ xml: verticalPoolXml, width: 1200, create: withAppTexts() });
    await selectAndFocus(modeler, 'Task_V');

    await userEvent.keyboard(`{Shift>}${'{ArrowRight}'.repeat(15)}{/Shift}`);

    await expect.poll(() => status(container).textContent).toBe('In Lane „Kasse“ verschoben.');
  });
});
