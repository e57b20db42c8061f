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
  /** the costs of frames that rename one task each (modeling.updateLabel); `first` picks the first task */
  renameMs(count: number, first?: number): Promise<FrameCost[]>;
  /**
   * The time of one IndexedDB transaction that stores `record` in a store of its own, with the
   * app's durability (strict): from the transaction's creation to its `complete` event.
   */
  idbWriteMs(record: unknown): Promise<number>;
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
let database: Promise<IDBDatabase> | undefined;

function openDatabase(): Promise<IDBDatabase> {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-baseline', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('assessments', { keyPath: ['processId', 'stepId'] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return database;
}

function helpers(): PageHelpers {
  return (window as unknown as { __plBench: PageHelpers }).__plBench;
}

function current(): Modeler {
  if (!modeler) throw new Error('import first');
  return modeler;
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
  async renameMs(count, first = 0) {
    const registry = current().get<{ filter(fn: (element: ElementLike) => boolean): ElementLike[] }>('elementRegistry');
    const modeling = current().get<{ updateLabel(element: unknown, text: string): void }>('modeling');
    const tasks = registry.filter((element) => /Task$/.test(element.type));
    const times: FrameCost[] = [];
    for (let index = first; index < first + count; index += 1) {
      const task = tasks[(index * 37) % tasks.length];
      times.push(await helpers().frameCost(() => modeling.updateLabel(task, `Umbenannt ${index}`)));
    }
    return times;
  },
  async idbWriteMs(record) {
    const db = await openDatabase();
    return new Promise((resolve, reject) => {
      const start = performance.now();
      const transaction = db.transaction('assessments', 'readwrite', { durability: 'strict' });
      transaction.objectStore('assessments').put(record);
      transaction.oncomplete = () => resolve(performance.now() - start);
      transaction.onerror = () => reject(transaction.error);
    });
  },
};

(window as unknown as { bareBench: BareBench }).bareBench = bench;
