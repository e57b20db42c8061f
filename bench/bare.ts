// Baseline page for `npm run bench`: a bare bpmn-js Modeler with nothing of the app around it, so
// the benchmark can compare the app's costs with bpmn-js's own in the same browser run. Times are
// taken the way the benchmark takes the app's (see scripts/bench/pageHelpers.mjs): up to the end
// of the frame that shows the result.
import Modeler from 'bpmn-js/lib/Modeler';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';

interface ImportTiming {
  /** new Modeler() */
  createMs: number;
  /** importXML until the frame that shows the diagram has been drawn */
  importMs: number;
}

interface BareBench {
  /** imports into a new modeller; diagramId picks one BPMNDiagram of the file (default: the first) */
  importMs(xml: string, diagramId?: string): Promise<ImportTiming>;
  /** the cost of the frames that rename one task each (modeling.updateLabel), one task per frame */
  renameMs(count: number): Promise<FrameCost[]>;
  /** the cost of frames that scroll (or, with zoom, zoom) the canvas by wheel events, one per frame */
  wheelFrameMs(frames: number, zoom: boolean): Promise<FrameCost[]>;
}

/** a frame's cost (scripts/bench/pageHelpers.mjs): in total, the work's script, style and layout */
interface FrameCost {
  ms: number;
  scriptMs: number;
  layoutMs: number;
}

interface PageHelpers {
  nextPaint(): Promise<number>;
  frameCost(work: () => void): Promise<FrameCost>;
}

interface ElementLike {
  id: string;
  type: string;
}

const container = document.getElementById('canvas')!;
let modeler: Modeler | undefined;

function helpers(): PageHelpers {
  return (window as unknown as { __plBench: PageHelpers }).__plBench;
}

function current(): Modeler {
  if (!modeler) throw new Error('import first');
  return modeler;
}

/** a wheel event on the canvas as a mouse or touchpad gives it: scroll, or zoom with Ctrl */
function wheel(index: number, zoom: boolean): WheelEvent {
  const rect = container.getBoundingClientRect();
  const delta = zoom ? (index % 2 === 0 ? -60 : 60) : 40;
  return new WheelEvent('wheel', {
    deltaX: zoom ? 0 : index % 20 < 10 ? delta : -delta,
    deltaY: zoom ? delta : index % 10 < 5 ? delta : -delta,
    ctrlKey: zoom,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
    bubbles: true,
    cancelable: true,
  });
}

const bench: BareBench = {
  async importMs(xml, diagramId) {
    modeler?.destroy();
    const created = performance.now();
    modeler = new Modeler({ container });
    const start = performance.now();
    await modeler.importXML(xml, diagramId);
    modeler.get<{ zoom(level: string): void }>('canvas').zoom('fit-viewport');
    const end = await helpers().nextPaint();
    return { createMs: start - created, importMs: end - start };
  },
  async renameMs(count) {
    const registry = current().get<{ filter(fn: (element: ElementLike) => boolean): ElementLike[] }>('elementRegistry');
    const modeling = current().get<{ updateLabel(element: unknown, text: string): void }>('modeling');
    const tasks = registry.filter((element) => /Task$/.test(element.type));
    const times: FrameCost[] = [];
    for (let index = 0; index < count; index += 1) {
      const task = tasks[(index * 37) % tasks.length];
      times.push(await helpers().frameCost(() => modeling.updateLabel(task, `Umbenannt ${index}`)));
    }
    return times;
  },
  async wheelFrameMs(frames, zoom) {
    const target = container.querySelector('svg') ?? container;
    const times: FrameCost[] = [];
    for (let index = 0; index < frames; index += 1) {
      times.push(await helpers().frameCost(() => target.dispatchEvent(wheel(index, zoom))));
    }
    return times;
  },
};

(window as unknown as { bareBench: BareBench }).bareBench = bench;
