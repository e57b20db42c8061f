// The editor screen in real Chromium (bpmn-js needs a browser): the sample opens (its diagram
// parsed once, while its answers load), its steps reach the store, the side panel walks the steps,
// the heatmap marks scored steps without touching the XML, a deleted step's answers are kept and
// come back with "Rückgängig", whose note on an undone answer names an unnamed step by its id as the
// panel does, "Exportieren" hands over a BPMN file named after the process, a
// panel opened under the canvas comes into view, a language switch keeps the heatmap, the
// selected step and the undo history, and an error in the editor shows a message, not a blank page.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import { drawingNoteAfterMs } from './DrawingNote';
import { Heatmap } from '../../bpmn/heatmap/Heatmap';
import { hatchPattern } from '../../bpmn/heatmap/heatmapScale';
import { cssRgb } from '../../bpmn/testing/colours';
import { plainParser } from '../../bpmn/parsedImport';
import type { Step } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import type { Autosave, PendingChange } from '../../storage/autosave';
import type { AppStore } from '../../state/appStore';
import { renderSampleEditor } from './testSampleEditor';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
  // a laptop's window, laid out by the app's style sheet: the sample fits at a zoom whose badges show
  await page.viewport(1366, 768);
});

afterEach(() => {
  cleanup();
  for (const end of cleanups) end();
  cleanups = [];
  vi.restoreAllMocks();
});

async function openSample(): Promise<{ store: AppStore; enqueued: PendingChange[]; processId: string; autosave: Autosave }> {
  const enqueued: PendingChange[] = [];
  const host = document.createElement('div');
  host.style.width = '1200px';
  document.body.append(host);
  cleanups.push(() => host.remove());
  const { store, processId, autosave, dispose } = await renderSampleEditor({
    container: host,
    autosave: (real) => ({ ...real, enqueue: (change) => (enqueued.push(change), real.enqueue(change)) }),
  });
  cleanups.push(dispose);
  enqueued.length = 0;
  return { store, enqueued, processId, autosave };
}

const question = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(`^${name}`) });

function ordered(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => a.order - b.order);
}

describe('EditorScreen in Chromium', () => {
  it('given the sample, when opened, then the canvas shows it, every step has an open assessment and the side panel starts with the first step', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const { steps, assessments } = store.getState().document;

    expect(screen.getByRole('heading', { level: 1, name: 'Gewerbeanmeldung' })).toBeInTheDocument();
    expect(screen.getByRole('application', { name: 'BPMN-Diagramm „Gewerbeanmeldung“' })).toBeInTheDocument();
    expect([...assessments.keys()].sort()).toEqual(steps.map((step) => step.id).sort());
    for (const step of steps) expect(document.querySelector(`[data-element-id="${step.id}"]`)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    const first = ordered(steps)[0];
    expect(store.getState().session.selectedStepId).toBe(first.id);
    const side = screen.getByRole('complementary', { name: 'Bewertung des Schritts' });
    expect(within(side).getByRole('heading', { name: first.name })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector(`[data-element-id="${first.id}"]`)).toHaveClass('selected'));
    // drawn, the canvas says nothing of drawing, also after the note's delay
    await new Promise((resolve) => setTimeout(resolve, drawingNoteAfterMs + 50));
    expect(screen.queryByText('Das Diagramm wird gezeichnet …')).toBeNull();
  });

  it('given a stored process, when opened, then its diagram is parsed once, ahead while its answers load, and the canvas imports that parse', async () => {
    // bpmn-moddle's class, which the modeller's own parser shares (features may not import bpmn-moddle)
    type Parser = ReturnType<typeof plainParser>;
    const parserClass = Object.getPrototypeOf(plainParser()) as Parser;
    const parsers: Parser[] = [];
    const fromXML = parserClass.fromXML;
    vi.spyOn(parserClass, 'fromXML').mockImplementation(function (this: Parser, xml: string, typeName?: string) {
      parsers.push(this);
      return fromXML.call(this, xml, typeName);
    });

    await openSample();

    expect(parsers).toEqual([plainParser()]);
  });

  it('given an answered step, when the heatmap shows Digitalisierungspotenzial, then steps carry markers and a legend, and the stored XML has no heatmap', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const first = ordered(store.getState().document.steps)[0];
    const record = store.getState().document.assessments.get(first.id);
    if (!record) throw new Error('the first step has no assessment');
    act(() => store.getState().actions.updateAssessment({ ...record, answers: { Mb: 2, Id: 1, Lf: 5, Sp: 5 } }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');

    expect(screen.getByText('Heatmap: Digitalisierungspotenzial')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector(`[data-element-id="${first.id}"]`)?.getAttribute('class')).toMatch(/pl-heat-/));
    // the legend's swatch for open steps is striped as the canvas hatches open steps: the hatch's
    // stripes, its colour and spacing
    const openSwatch = screen.getByText('offen / unvollständig').querySelector('.heatmap-legend__swatch');
    if (!openSwatch) throw new Error('no swatch for open steps');
    const stripes = getComputedStyle(openSwatch).backgroundImage;
    expect(stripes).toMatch(/^repeating-linear-gradient/);
    expect(stripes).toContain(cssRgb(hatchPattern.stroke));
    expect(stripes).toContain(`${hatchPattern.strokeWidth}px`);
    expect(stripes).toContain(`${hatchPattern.size}px`);
    const process = store.getState().document.processes[0];
    expect(process.diagramXml).not.toMatch(/pl-heat/);
  });

  it('given the heatmap switched on and off, then pools show their own fill while it is off, and switched on again it shows the same badges', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const steps = store.getState().document.steps;
    const heatmapChoice = screen.getByRole('combobox', { name: 'Heatmap' });
    const pool = document.querySelector('[data-element-id="Participant_Stadtverwaltung"] > .djs-visual > rect') as SVGElement;
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(store.getState().session.heatmapMetric).toBeNull();
    expect(getComputedStyle(pool).fill).not.toBe(transparent);

    await user.selectOptions(heatmapChoice, 'ds');
    await waitFor(() => expect(document.querySelectorAll('.pl-heat-badge')).toHaveLength(steps.length));
    expect(getComputedStyle(pool).fill).toBe(transparent);
    const badges = [...document.querySelectorAll('.pl-heat-badge')];

    await user.selectOptions(heatmapChoice, 'off');
    await waitFor(() => expect(getComputedStyle(pool).fill).not.toBe(transparent));
    for (const badge of badges) expect(badge.checkVisibility()).toBe(false);

    await user.selectOptions(heatmapChoice, 'ds');
    await waitFor(() => expect(badges[0].checkVisibility()).toBe(true));
    expect([...document.querySelectorAll('.pl-heat-badge')]).toEqual(badges);
    expect(getComputedStyle(pool).fill).toBe(transparent);
  });

  it('given the heatmap on, when the diagram is zoomed out until its badges are too small to read, then they sit out and a note over the canvas says that zooming in shows them', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const steps = store.getState().document.steps;
    const note = 'Die Werte auf den Schritten erscheinen, wenn Sie das Diagramm vergrößern.';
    const zoomUntil = async (button: string, noteShown: boolean) => {
      for (let press = 0; press < 12 && (screen.queryByText(note) !== null) !== noteShown; press += 1) await user.click(screen.getByRole('button', { name: button }));
    };
    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');
    await waitFor(() => expect(document.querySelectorAll('.pl-heat-badge')).toHaveLength(steps.length));
    const badge = document.querySelector('.pl-heat-badge') as HTMLElement;
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    expect(badge.checkVisibility()).toBe(true);

    await zoomUntil('Verkleinern', true);
    expect(screen.getByText(note)).toBeVisible();
    expect(badge.checkVisibility()).toBe(false);
    // the note lies over the canvas, out of the page's flow: showing it moved nothing
    expect(getComputedStyle(screen.getByText(note)).position).toBe('absolute');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'off');
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');
    expect(screen.getByText(note)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Vergrößern' }));
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    expect(badge.checkVisibility()).toBe(true);
  });

  it('given a selected, answered step, when it is deleted on the canvas and then undone, then its answers become orphaned and come back', async () => {
    const user = userEvent.setup();
    const { store, enqueued } = await openSample();
    const first = ordered(store.getState().document.steps)[0];
    const count = store.getState().document.steps.length;
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    await waitFor(() => expect(document.querySelector(`[data-element-id="${first.id}"]`)).toHaveClass('selected'));
    await user.keyboard('4');
    await waitFor(() => expect(store.getState().document.assessments.get(first.id)?.answers).not.toEqual({}));
    enqueued.length = 0;
    // the answer is the one edit so far: undo can take it back, redo has nothing to do, and says so
    const undo = screen.getByRole('button', { name: 'Rückgängig' });
    const redo = screen.getByRole('button', { name: 'Wiederholen' });
    expect([undo.getAttribute('aria-disabled'), redo.getAttribute('aria-disabled')]).toEqual(['false', 'true']);

    const canvas = document.querySelector<SVGElement>('.djs-container svg');
    if (!canvas) throw new Error('no canvas');
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));

    await waitFor(() => expect(store.getState().document.steps).toHaveLength(count - 1), { timeout: 5_000 });
    expect([undo.getAttribute('aria-disabled'), redo.getAttribute('aria-disabled')]).toEqual(['false', 'true']);
    expect(store.getState().document.orphaned.map((record) => record.stepId)).toEqual([first.id]);
    expect(store.getState().document.processes[0].diagramXml).not.toContain(`id="${first.id}"`);
    expect(enqueued.map((change) => change.kind).sort()).toEqual(['assessments', 'process']);

    const removed = screen.getByRole('region', { name: '1 entfernter Schritt' });
    expect(within(removed).getByText(first.name)).toBeInTheDocument();

    await user.click(undo);
    await waitFor(() => expect(store.getState().document.steps).toHaveLength(count), { timeout: 5_000 });
    // the deletion is undone: the answer before it is left to undo, the deletion to redo, and the pressed button keeps the focus
    expect([undo.getAttribute('aria-disabled'), redo.getAttribute('aria-disabled')]).toEqual(['false', 'false']);
    expect(undo).toHaveFocus();
    expect(screen.queryByRole('region', { name: '1 entfernter Schritt' })).toBeNull();
    expect(store.getState().document.orphaned).toEqual([]);
    expect(store.getState().document.assessments.has(first.id)).toBe(true);
  });

  it('given an unnamed step answered, when "Rückgängig" is pressed, then the note names the step by its id as the panel\'s heading does, in English too', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const [first] = ordered(store.getState().document.steps);
    const answers = () => store.getState().document.assessments.get(first.id)?.answers;
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    const side = screen.getByRole('complementary', { name: 'Bewertung des Schritts' });
    await user.clear(within(side).getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().document.steps.find((step) => step.id === first.id)?.name).toBe(''));
    const heading = () => within(side).getByRole('heading', { level: 2 }).textContent;

    for (const [language, criterion, undo, unnamed] of [
      ['de', 'Regelbasiert', 'Rückgängig', `Schritt ohne Namen (${first.id})`],
      ['en', 'Rule-based', 'Undo', `Unnamed step (${first.id})`],
    ] as const) {
      await act(() => i18n.changeLanguage(language));
      await user.click(within(question(criterion)).getByRole('radio', { name: /^4/ }));
      await waitFor(() => expect(answers()).toEqual({ R: 4 }));
      await user.click(screen.getByRole('button', { name: undo }));
      expect(answers()).toEqual({});
      expect(store.getState().session.toasts.at(-1)).toMatchObject({ messageKey: 'editor:history.assessmentUndone', values: { step: unnamed } });
      expect(heading()).toBe(unnamed);
    }
  });

  it('given a step renamed and then answered, when "Rückgängig" is pressed, then the answer is taken back first, with its step shown and a note, and the name on the second press; the canvas\'s Ctrl+Y does the answer again', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const [first, second] = ordered(store.getState().document.steps);
    const stepName = () => store.getState().document.steps.find((step) => step.id === first.id)?.name;
    const answers = () => store.getState().document.assessments.get(first.id)?.answers;
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    const side = screen.getByRole('complementary', { name: 'Bewertung des Schritts' });
    const field = within(side).getByRole('textbox', { name: 'Name' });
    await user.clear(field);
    await user.type(field, 'Angaben übernehmen{Enter}');
    await waitFor(() => expect(stepName()).toBe('Angaben übernehmen'));
    await user.click(within(question('Regelbasiert')).getByRole('radio', { name: /^4/ }));
    await waitFor(() => expect(answers()).toEqual({ R: 4 }));
    // another step shown meanwhile: the undo brings the answered one back
    await user.click(within(side).getByRole('button', { name: /Weiter/ }));
    await waitFor(() => expect(store.getState().session.selectedStepId).toBe(second.id));

    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));

    expect(answers()).toEqual({});
    expect(stepName()).toBe('Angaben übernehmen');
    expect(store.getState().session.selectedStepId).toBe(first.id);
    await waitFor(() => expect(document.querySelector(`[data-element-id="${first.id}"]`)).toHaveClass('selected'));
    expect(store.getState().session.toasts.at(-1)).toMatchObject({ messageKey: 'editor:history.assessmentUndone', values: { step: 'Angaben übernehmen' } });

    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(stepName()).toBe(first.name));
    expect(answers()).toEqual({});

    const canvas = document.querySelector<SVGElement>('.djs-container svg');
    if (!canvas) throw new Error('no canvas');
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }));
    await waitFor(() => expect(stepName()).toBe('Angaben übernehmen'));
    expect(answers()).toEqual({});
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }));
    expect(answers()).toEqual({ R: 4 });
  });

  it('given an answered step, when it is renamed in the score panel\'s "Name" field, then the diagram, the steps table, the heatmap badge and the stored process take the name, the answers stay and "Rückgängig" takes it back', async () => {
    const user = userEvent.setup();
    const { store, enqueued } = await openSample();
    const first = ordered(store.getState().document.steps)[0];
    const stepName = () => store.getState().document.steps.find((step) => step.id === first.id)?.name;
    const label = () => [...document.querySelectorAll(`[data-element-id="${first.id}"] .djs-label tspan`)].map((line) => line.textContent).join(' ').replace(/\s+/g, ' ').trim();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');
    await user.click(screen.getByRole('button', { name: 'Schritttabelle' }));
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    await user.keyboard('4');
    await waitFor(() => expect(store.getState().document.assessments.get(first.id)?.answers).toEqual({ R: 4 }));
    const answers = store.getState().document.assessments.get(first.id)?.answers;
    const side = screen.getByRole('complementary', { name: 'Bewertung des Schritts' });
    const field = within(side).getByRole('textbox', { name: 'Name' });
    expect(field).toHaveValue(first.name);
    enqueued.length = 0;

    // when
    await user.clear(field);
    await user.type(field, 'Angaben übernehmen{Enter}');

    // then
    expect(label()).toBe('Angaben übernehmen');
    expect(field).toHaveValue('Angaben übernehmen');
    await waitFor(() => expect(stepName()).toBe('Angaben übernehmen'));
    expect(field).toHaveValue('Angaben übernehmen');
    expect(within(side).getByRole('heading', { level: 2, name: 'Angaben übernehmen' })).toBeInTheDocument();
    const table = screen.getByRole('region', { name: 'Schritttabelle' });
    expect(within(table).getByRole('row', { name: /Angaben übernehmen/ })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector(`[data-element-id="${first.id}"]`)?.closest('.djs-container')?.querySelector('.pl-heat-badge[aria-label^="Angaben übernehmen, "]')).not.toBeNull());
    expect(store.getState().document.processes[0].diagramXml).toContain('name="Angaben übernehmen"');
    expect(enqueued.map((change) => change.kind)).toContain('process');
    expect(store.getState().document.assessments.get(first.id)?.answers).toEqual(answers);
    expect(field).toHaveFocus();

    // when undone from the toolbar, the field shows the old name again
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(stepName()).toBe(first.name));
    expect(field).toHaveValue(first.name);
    expect(label()).toBe(first.name);
    expect(store.getState().document.assessments.get(first.id)?.answers).toEqual(answers);
  });

  it('given a name typed in the "Name" field, when another step is clicked on the canvas, then the name goes to the step it was typed for', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const [first, second] = ordered(store.getState().document.steps);
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    await user.type(field, ' (neu)');

    await user.click(document.querySelector(`[data-element-id="${second.id}"]`) as Element);

    await waitFor(() => expect(store.getState().session.selectedStepId).toBe(second.id));
    await waitFor(() => expect(store.getState().document.steps.find((step) => step.id === first.id)?.name).toBe(`${first.name} (neu)`));
    expect(store.getState().document.steps.find((step) => step.id === second.id)?.name).toBe(second.name);
    expect(field).toHaveValue(second.name);
  });

  it('given a building block\'s pre-fills, when the steps table changes or clears one, then it is the user\'s and a block change keeps it', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const first = ordered(store.getState().document.steps)[0];
    const record = () => store.getState().document.assessments.get(first.id);
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    // given "Dokument drucken" pre-fills Mb 1 and R 5
    await user.selectOptions(screen.getByRole('combobox', { name: 'Baustein' }), 'print');
    await waitFor(() => expect(record()?.prefilled).toEqual(['R', 'Mb']));
    await user.click(screen.getByRole('button', { name: 'Schritttabelle' }));
    // when R is set to 2 in the table, and Mb cleared there with Delete
    await user.selectOptions(screen.getByRole('combobox', { name: `Regelbasiert für ${first.name}` }), '2');
    screen.getByRole('combobox', { name: `Medienbrüche für ${first.name}` }).focus();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(record()?.answers).toEqual({ R: 2 }));
    expect(record()?.prefilled).toBeUndefined();
    // and the block is changed to "Dokument scannen" (Mb 1, Id 1, R 5)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Baustein' }), 'scan');
    // then R stays 2, the cleared Mb stays empty, only Id is filled
    await waitFor(() => expect(record()?.answers).toEqual({ R: 2, Id: 1 }));
    expect(record()?.prefilled).toEqual(['Id']);
  });

  it('given an answer, when the page is left, then the process is stored as changed before the autosave flushes', async () => {
    const user = userEvent.setup();
    const { store, enqueued, processId } = await openSample();
    const revision = () => store.getState().document.processes.find((candidate) => candidate.id === processId)?.revision;
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    await user.keyboard('4');
    const first = ordered(store.getState().document.steps)[0];
    await waitFor(() => expect(store.getState().document.assessments.get(first.id)?.answers).not.toEqual({}));
    const before = revision() ?? 0;
    enqueued.length = 0;

    window.dispatchEvent(new PageTransitionEvent('pagehide'));

    expect(revision()).toBe(before + 1);
    expect(enqueued.map((change) => change.kind)).toEqual(['process']);
  });

  it('given the editor, when BPMN is exported, then a file named after the process with the diagram XML is downloaded, and said', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const clicked: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    });
    const created: Blob[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
      if (blob instanceof Blob) created.push(blob);
      return createObjectURL(blob);
    });

    await user.click(screen.getByRole('button', { name: /Exportieren/ }));
    await user.click(screen.getByRole('button', { name: 'BPMN-Datei (.bpmn)' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0].name).toBe('Gewerbeanmeldung.bpmn');
    expect(clicked[0].href).toMatch(/^blob:/);
    const text = await created[0].text();
    expect(text).toContain('bpmn:definitions');
    expect(text).toContain('Gewerbeanmeldung');
    // said as every other export is (an English QA tour: the three diagram exports said nothing)
    expect(store.getState().session.toasts).toEqual([expect.objectContaining({ messageKey: 'exchange:toast.downloaded', values: { file: 'Gewerbeanmeldung.bpmn' } })]);
  });

  it('given the heatmap on and a selected step, when the language is switched, then the editor shows the heatmap and the step in the new language', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const steps = store.getState().document.steps;
    const first = ordered(steps)[0];
    cleanups.push(() => store.getState().actions.setLanguage('de'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');
    await waitFor(() => expect(document.querySelectorAll('.pl-heat-badge')).toHaveLength(steps.length));
    const germanTitles = [...document.querySelectorAll<HTMLElement>('.pl-heat-badge')].map((badge) => badge.title);
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    await waitFor(() => expect(document.querySelector(`[data-element-id="${first.id}"]`)).toHaveClass('selected'));

    act(() => store.getState().actions.setLanguage('en'));

    await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('application', { name: i18n.t('editor:canvas.label', { name: 'Gewerbeanmeldung' }) })).toBeInTheDocument();
    for (const step of steps) expect(document.querySelector(`[data-element-id="${step.id}"]`)?.getAttribute('class')).toMatch(/pl-heat-/);
    await waitFor(() => {
      const badges = [...document.querySelectorAll<HTMLElement>('.pl-heat-badge')];
      expect(badges).toHaveLength(steps.length);
      for (const badge of badges) expect(badge.checkVisibility()).toBe(true);
      for (const [index, badge] of badges.entries()) expect(badge.title).not.toBe(germanTitles[index]);
    });
    expect(store.getState().session.selectedStepId).toBe(first.id);
    expect(document.querySelector(`[data-element-id="${first.id}"]`)).toHaveClass('selected');
    const side = screen.getByRole('complementary', { name: i18n.t('editor:side.region') });
    expect(within(side).getByRole('heading', { name: first.name })).toBeInTheDocument();
  });

  it('given an error in the heatmap, when the heatmap is switched on, then the editor shows a message in its place and the way back stays', async () => {
    const user = userEvent.setup();
    await openSample();
    vi.spyOn(Heatmap.prototype, 'update').mockImplementation(() => {
      throw new Error('Probe: Heatmap kaputt');
    });
    // React reports the caught error on the console; kept out of the test's output
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(i18n.t('editor:crashed.title'));
    expect(alert).toHaveTextContent('Probe: Heatmap kaputt');
    expect(screen.getByRole('link', { name: i18n.t('editor:back') })).toBeInTheDocument();
  });

  it('given an edit, when the language is switched, then "Undo" still takes the edit back', async () => {
    const user = userEvent.setup();
    const { store } = await openSample();
    const first = ordered(store.getState().document.steps)[0];
    cleanups.push(() => store.getState().actions.setLanguage('de'));
    const count = store.getState().document.steps.length;
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    await waitFor(() => expect(document.querySelector(`[data-element-id="${first.id}"]`)).toHaveClass('selected'));
    const canvas = document.querySelector<SVGElement>('.djs-container svg');
    if (!canvas) throw new Error('no canvas');
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    await waitFor(() => expect(store.getState().document.steps).toHaveLength(count - 1), { timeout: 5_000 });

    act(() => store.getState().actions.setLanguage('en'));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(store.getState().document.steps).toHaveLength(count), { timeout: 5_000 });
    expect(document.querySelector(`[data-element-id="${first.id}"]`)).not.toBeNull();
  });

  it.each([
    ['Schritttabelle', 'Schritttabelle'],
    ['Kennzahlen', 'Kennzahlen des Prozesses'],
  ])('given the editor, when "%s" is opened, then its panel under the canvas is scrolled into the window and its heading has the focus', async (button, heading) => {
    const user = userEvent.setup();
    // a window's height above the editor, as a tall page would have: the panel starts out of view
    const above = document.createElement('div');
    above.style.height = `${window.innerHeight}px`;
    document.body.prepend(above);
    cleanups.push(() => above.remove());
    await openSample();
    window.scrollTo(0, 0);
    await user.click(screen.getByRole('button', { name: button, pressed: false }));

    const title = await screen.findByRole('heading', { level: 2, name: heading });
    expect(title).toHaveFocus();
    const box = title.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);

    // closed again, the focus stays on the button that closed it
    const toggle = screen.getByRole('button', { name: button, pressed: true });
    await user.click(toggle);
    expect(screen.queryByRole('heading', { level: 2, name: heading })).toBeNull();
    expect(toggle).toHaveFocus();
  });
});
