// Baseline page for `npm run bench`: a bare bpmn-js Modeler with nothing of the app around it, so
// the benchmark can compare the app's costs with bpmn-js's own in the same browser run.
import Modeler from 'bpmn-js/lib/Modeler';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';

interface BareBench {
  importMs(xml: string): Promise<number>;
  renameMs(count: number): Promise<number[]>;
}

const container = document.getElementById('canvas')!;
let modeler: Modeler | undefined;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

const bench: BareBench = {
  async importMs(xml) {
    modeler?.destroy();
    modeler = new Modeler({ container });
    const start = performance.now();
    await modeler.importXML(xml);
    await nextFrame();
    return performance.now() - start;
  },
  async renameMs(count) {
    if (!modeler) throw new Error('import first');
    const registry = modeler.get<{ filter(fn: (e: { type: string }) => boolean): { id: string; type: string }[] }>('elementRegistry');
    const modeling = modeler.get<{ updateLabel(element: unknown, text: string): void }>('modeling');
    const tasks = registry.filter((e) => /Task$/.test(e.type));
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const task = tasks[i % tasks.length];
      const start = performance.now();
      modeling.updateLabel(task, `Renamed ${i}`);
      await nextFrame();
      times.push(performance.now() - start);
    }
    return times;
  },
};

(window as unknown as { bareBench: BareBench }).bareBench = bench;
