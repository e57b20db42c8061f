// BpmnCanvas's view across mounts: the first drawing shows the view it is given (a corner and a
// scale, or the whole diagram fitted), and the view the user moves to is reported once it rests,
// so that a canvas built anew (a reading tab's refresh, a reload) shows what the user looked at.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import type Canvas from 'diagram-js/lib/core/Canvas';
import { BpmnCanvas } from './BpmnCanvas';
import type { BpmnCanvasProps, CanvasApi } from './BpmnCanvas';
import type { DiagramView } from './createModeler';
import { sampleDiagramXml } from './sample/sampleDiagram';

afterEach(() => {
  cleanup();
});

async function mountCanvas(overrides: Partial<BpmnCanvasProps> = {}) {
  const onReady = vi.fn<(api: CanvasApi) => void>();
  const onStepsRead = vi.fn();
  const onViewChange = vi.fn<(view: DiagramView) => void>();
  const view = render(
    <div style={{ width: '900px', height: '500px' }}>
      <BpmnCanvas xml={sampleDiagramXml} language="de" ariaLabel="Prozessmodell" onReady={onReady} onStepsRead={onStepsRead} onViewChange={onViewChange} {...overrides} />
    </div>,
  );
  await waitFor(() => expect(onStepsRead).toHaveBeenCalled());
  const api = onReady.mock.lastCall?.[0] as CanvasApi;
  const viewbox = () => {
    const { x, y, scale } = api.getService<Canvas>('canvas').viewbox();
    return { x, y, scale };
  };
  return { api, viewbox, onViewChange, unmount: view.unmount };
}

describe('the view of a canvas built anew', () => {
  test('given a zoomed and moved view, when mounted with it, then the diagram is shown at that corner and scale', async () => {
    const given = { fitted: false, x: 312.5, y: 140, scale: 1.6 } as const;

    const { viewbox } = await mountCanvas({ initialView: given });

    const shown = viewbox();
    expect(shown.scale).toBeCloseTo(given.scale, 5);
    expect(shown.x).toBeCloseTo(given.x, 5);
    expect(shown.y).toBeCloseTo(given.y, 5);
  });

  test('given a fitted view, when mounted with it, then the whole diagram is fitted as without a view', async () => {
    const without = await mountCanvas();
    const fitted = without.viewbox();
    without.unmount();

    const { viewbox } = await mountCanvas({ initialView: { fitted: true } });

    expect(viewbox()).toEqual(fitted);
  });

  test('given the drawn diagram, when zoomed in, then the view is reported once it rests, and a canvas mounted with it shows the same', async () => {
    const first = await mountCanvas();
    await waitFor(() => expect(first.onViewChange).toHaveBeenLastCalledWith({ fitted: true }));
    first.onViewChange.mockClear();

    first.api.zoomIn();
    first.api.zoomIn();

    await waitFor(() => expect(first.onViewChange).toHaveBeenCalledTimes(1));
    const reported = first.onViewChange.mock.lastCall?.[0];
    expect(reported).toEqual({ fitted: false, ...first.viewbox() });
    first.unmount();

    const second = await mountCanvas({ initialView: reported });
    const shown = second.viewbox();
    if (!reported || reported.fitted) throw new Error('no zoomed view reported');
    expect(shown.scale).toBeCloseTo(reported.scale, 5);
    expect(shown.x).toBeCloseTo(reported.x, 5);
    expect(shown.y).toBeCloseTo(reported.y, 5);
  });
});
