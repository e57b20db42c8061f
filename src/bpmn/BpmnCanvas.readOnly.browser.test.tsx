// BpmnCanvas in a tab that only reads (`readOnly`): the diagram is drawn, steps are selected and
// found, the view moves, it exports; nothing offers or makes an edit (no palette, context pad, label
// editor, keys that edit, or API edits), and nothing is reported as changed. When the tab takes
// writing over (or hands it over), the same canvas becomes a modeller (or a reader) at the same view.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Shape } from 'diagram-js/lib/model/Types';
import { BpmnCanvas } from './BpmnCanvas';
import type { BpmnCanvasProps, CanvasApi } from './BpmnCanvas';
import { sampleDiagramXml } from './sample/sampleDiagram';

afterEach(() => {
  cleanup();
});

const stepId = 'Task_GebuehrKassieren';

async function mountReader(overrides: Partial<BpmnCanvasProps> = {}) {
  const handlers = {
    onChange: vi.fn(),
    onEditPending: vi.fn(),
    onHistoryChange: vi.fn(),
    onSelect: vi.fn<(stepId: string | undefined) => void>(),
    onImported: vi.fn(),
    onStepsRead: vi.fn(),
    onReady: vi.fn<(api: CanvasApi) => void>(),
  };
  const canvasWith = (readOnly: boolean) => (
    <div style={{ width: '900px', height: '500px' }}>
      <BpmnCanvas xml={sampleDiagramXml} language="de" ariaLabel="Prozessmodell" readOnly={readOnly} {...handlers} {...overrides} />
    </div>
  );
  const view = render(canvasWith(true));
  /** the tab's role changes: the canvas is given `readOnly` anew, and has drawn the diagram again */
  const rerenderAs = async (readOnly: boolean) => {
    handlers.onStepsRead.mockClear();
    view.rerender(canvasWith(readOnly));
    await waitFor(() => expect(handlers.onStepsRead).toHaveBeenCalled());
    return handlers.onReady.mock.lastCall?.[0] as CanvasApi;
  };
  await waitFor(() => expect(handlers.onStepsRead).toHaveBeenCalled());
  const api = handlers.onReady.mock.lastCall?.[0] as CanvasApi;
  const region = screen.getByRole('application', { name: 'Prozessmodell' });
  const shape = () => {
    const gfx = region.querySelector<SVGGElement>(`[data-element-id="${stepId}"]`);
    if (!gfx) throw new Error(`${stepId} is not drawn`);
    return gfx;
  };
  return { handlers, api, region, shape, rerenderAs };
}

/** The canvas's view: its corner and scale. */
function viewOf(api: CanvasApi): { x: number; y: number; scale: number } {
  const { x, y, scale } = api.getService<Canvas>('canvas').viewbox();
  return { x, y, scale };
}

/** Presses the mouse on `gfx`, moves it by (dx, dy) in steps, as a hand moves, and lets go. */
function dragBy(gfx: SVGGElement, dx: number, dy: number): void {
  const box = gfx.getBoundingClientRect();
  const at = (type: string, step: number) =>
    new MouseEvent(type, { bubbles: true, button: 0, buttons: 1, clientX: box.x + box.width / 2 + (dx * step) / 10, clientY: box.y + box.height / 2 + (dy * step) / 10 });
  (gfx.querySelector('.djs-hit') ?? gfx).dispatchEvent(at('mousedown', 0));
  for (let step = 1; step <= 10; step += 1) document.dispatchEvent(at('mousemove', step));
  document.dispatchEvent(at('mouseup', 10));
}

function shapeBounds(api: CanvasApi): { x: number; y: number } {
  const shape = api.getService<ElementRegistry>('elementRegistry').get(stepId) as Shape;
  return { x: shape.x, y: shape.y };
}

describe('BpmnCanvas in a tab that only reads', () => {
  test('given the reader, when the diagram is drawn, then it shows every step and no palette, and its keys are the ones that move the view', async () => {
    const { handlers, region } = await mountReader();

    expect(handlers.onStepsRead.mock.lastCall?.[0]).toHaveLength(10);
    expect(region.querySelector('.djs-palette')).toBeNull();
    const svg = region.querySelector('svg');
    const keys = document.getElementById(svg?.getAttribute('aria-describedby') ?? '');
    expect(keys?.textContent).toContain('Strg+Pfeiltasten verschieben die Ansicht');
    expect(keys?.textContent).not.toContain('Entf');
  });

  test('given the reader, when a step is clicked and double-clicked, then it is selected, outlined and reported, with no context pad and no label editor', async () => {
    const { handlers, region, shape } = await mountReader();

    await userEvent.click(shape());
    await waitFor(() => expect(handlers.onSelect).toHaveBeenLastCalledWith(stepId));
    // outlined, as the modeller shows a selection
    const outline = shape().querySelector('.djs-outline');
    expect(outline).not.toBeNull();
    expect(getComputedStyle(outline as Element).visibility).toBe('visible');
    await userEvent.dblClick(shape());

    expect(region.querySelector('.djs-context-pad')).toBeNull();
    const labelEditor = region.querySelector<HTMLElement>('.djs-direct-editing-parent');
    expect(labelEditor === null || getComputedStyle(labelEditor).display === 'none').toBe(true);
  });

  test('given a selected step, when the edit keys are pressed and a shape is dragged, then the diagram stays as it was and nothing is reported as changed', async () => {
    const { handlers, api, shape } = await mountReader({ selectedStepId: stepId });
    const before = shapeBounds(api);
    const xmlBefore = await api.exportBpmn();

    api.getService<Canvas>('canvas').focus();
    await userEvent.keyboard('{Delete}');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await userEvent.keyboard('{Control>}z{/Control}');
    await userEvent.keyboard('a');
    dragBy(shape(), 80, 60);

    expect(api.getService<ElementRegistry>('elementRegistry').get(stepId)).toBeDefined();
    expect(shapeBounds(api)).toEqual(before);
    expect(await api.exportBpmn()).toBe(xmlBefore);
    expect(handlers.onChange).not.toHaveBeenCalled();
    expect(handlers.onEditPending).not.toHaveBeenCalled();
    expect(handlers.onHistoryChange).not.toHaveBeenCalledWith('execute');
    expect(document.querySelector('.djs-popup')).toBeNull();
  });

  test('given the reader, when its API is asked to edit, then nothing changes and each says it could not', async () => {
    const { handlers, api } = await mountReader({ selectedStepId: stepId });
    const xmlBefore = await api.exportBpmn();

    expect(api.renameStep(stepId, 'Umbenannt')).toBe(false);
    expect(api.appendTask()).toBe(false);
    expect(api.openElementActions()).toBe(false);
    expect(api.canUndo()).toBe(false);
    expect(api.canRedo()).toBe(false);

    expect(await api.exportBpmn()).toBe(xmlBefore);
    expect(xmlBefore).toContain(`id="${stepId}"`);
    expect(handlers.onChange).not.toHaveBeenCalled();
  });

  test('given the focused reader, when Ctrl+F is pressed and a name typed, then the element search selects that step', async () => {
    const { handlers, api, region } = await mountReader();
    // the pointer away from where the search lists its results (a result under it is preselected)
    const logo = region.querySelector('.bjs-powered-by');
    if (logo) await userEvent.hover(logo);

    api.getService<Canvas>('canvas').focus();
    await userEvent.keyboard('{Control>}f{/Control}');
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('.djs-search-input input');
      expect(found).toHaveFocus();
      return found as HTMLInputElement;
    });
    expect(input.getAttribute('aria-label')).toBe('Im Diagramm suchen');
    await userEvent.keyboard('Gebühr');
    await waitFor(() => expect(document.querySelector('.djs-search-result-selected')?.textContent).toContain('Gebühr kassieren'));
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(handlers.onSelect).toHaveBeenLastCalledWith(stepId));
  });

  test('given the reader, when zoomed in by the API, then the view changes', async () => {
    const { api } = await mountReader();
    const canvas = api.getService<Canvas>('canvas');
    const before = canvas.zoom();

    api.zoomIn();

    expect(canvas.zoom()).toBeGreaterThan(before);
  });

  test('given the focused reader, when Ctrl and the arrow keys, then Ctrl and plus are pressed, then the view moves and zooms, as its keys description says', async () => {
    const { api } = await mountReader();
    const canvas = api.getService<Canvas>('canvas');
    const before = canvas.viewbox();

    canvas.focus();
    await userEvent.keyboard('{Control>}{ArrowRight}{ArrowDown}{/Control}');

    const after = canvas.viewbox();
    expect(after.x).not.toBe(before.x);
    expect(after.y).not.toBe(before.y);
    expect(after.scale).toBe(before.scale);

    await userEvent.keyboard('{Control>}+{/Control}');

    expect(canvas.viewbox().scale).toBeGreaterThan(before.scale);
  });

  test('given the reader zoomed in, when the tab takes writing over, then the same canvas is a modeller at the same view, and back a reader', async () => {
    const { api, region, rerenderAs } = await mountReader();
    api.zoomIn();
    api.zoomIn();
    const zoomed = viewOf(api);

    const modeller = await rerenderAs(false);

    expect(region.querySelector('.djs-palette')).not.toBeNull();
    const shown = viewOf(modeller);
    expect(shown.scale).toBeCloseTo(zoomed.scale, 5);
    expect(shown.x).toBeCloseTo(zoomed.x, 5);
    expect(shown.y).toBeCloseTo(zoomed.y, 5);
    modeller.select(stepId);
    expect(modeller.appendTask()).toBe(true);

    await rerenderAs(true);
    expect(region.querySelector('.djs-palette')).toBeNull();
  });
});
