// The element search's results as a Lotse reads them (elementSearch.ts): a name, or "… ohne Namen",
// then what the element is and where; no technical id unless only the id was typed; unnamed lanes
// told apart by their place, top to bottom; a gateway's outcomes found by the gateway's name; data
// associations named as such; the result chosen with the arrow keys outlined as clearly as a focused
// control (elementSearch.css).
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import { openSearch } from '../createModeler';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { expectOutlineInside, emulateForcedDarkColours } from '../testing/drawnOutline';
import { elementById, mountModeler, partOf, withAppTexts } from '../testing/mountModeler';

interface ShownResult {
  name: string;
  where: string;
}

/** Opens the search, types `pattern` and returns the results' two lines as shown. */
async function searchFor(modeler: Modeler, container: HTMLElement, pattern: string): Promise<ShownResult[]> {
  await openSearch(modeler);
  await userEvent.keyboard(pattern);
  return [...container.querySelectorAll('.djs-search-result')].map((result) => ({
    name: result.querySelector('.djs-search-result-primary')?.textContent?.trim() ?? '',
    where: result.querySelector('.djs-search-result-secondary')?.textContent?.trim() ?? '',
  }));
}

/** a pool of three lanes without names, written bottom lane first (the search lists them by their place) */
const threeUnnamedLanesXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collab"><bpmn:participant id="Pool" processRef="Process" /></bpmn:collaboration>
  <bpmn:process id="Process">
    <bpmn:laneSet id="LaneSet"><bpmn:lane id="Lane_C" /><bpmn:lane id="Lane_A" /><bpmn:lane id="Lane_B" /></bpmn:laneSet>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">
    <bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool" isHorizontal="true"><dc:Bounds x="100" y="100" width="600" height="360" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_C_di" bpmnElement="Lane_C" isHorizontal="true"><dc:Bounds x="130" y="340" width="570" height="120" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_A_di" bpmnElement="Lane_A" isHorizontal="true"><dc:Bounds x="130" y="100" width="570" height="120" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_B_di" bpmnElement="Lane_B" isHorizontal="true"><dc:Bounds x="130" y="220" width="570" height="120" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

async function mountSample() {
  return mountModeler({ xml: sampleDiagramXml, width: 1200, create: withAppTexts() });
}

describe('the element search', () => {
  test('given the sample, when "Lane" is typed, then each lane shows its name and its place in the pool, and no result shows an id', async () => {
    const { modeler, container } = await mountSample();

    const results = await searchFor(modeler, container, 'Lane');

    expect(results.slice(0, 3)).toEqual([
      { name: 'Antragsteller/in', where: 'Lane 1 von 3 in Pool „Stadtverwaltung“' },
      { name: 'Bürgerbüro', where: 'Lane 2 von 3 in Pool „Stadtverwaltung“' },
      { name: 'Ordnungsamt', where: 'Lane 3 von 3 in Pool „Stadtverwaltung“' },
    ]);
    const shownText = results.map((result) => `${result.name} ${result.where}`).join(' ');
    expect(shownText).not.toMatch(/Lane_|Task_|Flow_|Gateway_/);
  });

  test('given the sample, when the gateway\'s name is typed, then its outcomes are found by it, each with its label and its two ends', async () => {
    const { modeler, container } = await mountSample();

    const results = await searchFor(modeler, container, 'Angaben vollständig');

    expect(results[0]).toEqual({ name: 'Angaben vollständig?', where: 'Exklusives Gateway in Lane „Bürgerbüro“' });
    expect(results).toContainEqual({ name: 'ja', where: 'Sequenzfluss „ja“ von Exklusives Gateway „Angaben vollständig?“ nach Benutzeraufgabe „Gebühr kassieren und Quittung drucken“' });
    expect(results.map((result) => result.name)).toContain('Sequenzfluss ohne Namen');
  });

  test('given the sample, when the data object\'s name is typed, then the data associations to and from it are named as data associations, each with its two ends', async () => {
    const { modeler, container } = await mountSample();

    const results = await searchFor(modeler, container, 'Papierformular');

    expect(results).toContainEqual({
      name: 'Datenassoziation ohne Namen',
      where: 'Datenassoziation von Manuelle Aufgabe „Papierformular ausfüllen und im Bürgerbüro abgeben“ nach Datenobjekt „Papierformular“',
    });
    expect(results).toContainEqual({
      name: 'Datenassoziation ohne Namen',
      where: 'Datenassoziation von Datenobjekt „Papierformular“ nach Benutzeraufgabe „Angaben aus dem Formular ins Fachverfahren abtippen“',
    });
    expect(results.map((result) => result.name)).not.toContain('Element ohne Namen');
  });

  test('given results, when ArrowDown is pressed, then the chosen result is outlined inside its box at 3 : 1 against the list, also in forced colours', async () => {
    const { modeler, container } = await mountSample();
    await searchFor(modeler, container, 'Bes');

    await userEvent.keyboard('{ArrowDown}');

    const chosen = partOf(container, '.djs-search-result-selected');
    const list = partOf(container, '.djs-search-results');
    expect(chosen).toBe(container.querySelectorAll('.djs-search-result')[1]);
    const grounds = () => [getComputedStyle(list).backgroundColor, getComputedStyle(chosen).backgroundColor];
    expectOutlineInside(chosen, grounds());
    await emulateForcedDarkColours();
    expectOutlineInside(chosen, grounds());
  });

  test('given a pool divided into three unnamed lanes, when "ohne Namen" is typed, then the lanes are listed top to bottom by their place', async () => {
    const { modeler, container } = await mountModeler({ xml: threeUnnamedLanesXml, width: 1200, create: withAppTexts() });

    const results = await searchFor(modeler, container, 'ohne Namen');

    expect(results.filter((result) => result.name === 'Lane ohne Namen').map((lane) => lane.where)).toEqual([
      'Lane 1 von 3 in Pool ohne Namen',
      'Lane 2 von 3 in Pool ohne Namen',
      'Lane 3 von 3 in Pool ohne Namen',
    ]);
    expect(results.map((result) => result.name)).toContain('Pool ohne Namen');
  });

  test('given an id typed, then the element is found and its id is shown, as nothing else matched', async () => {
    const { modeler, container } = await mountSample();
    const task = elementById(modeler, 'Task_DatenAbtippen');

    const results = await searchFor(modeler, container, 'Task_DatenAbtippen');

    expect(results).toEqual([{ name: (task.businessObject as { name: string }).name, where: 'Task_DatenAbtippen' }]);
  });
});
