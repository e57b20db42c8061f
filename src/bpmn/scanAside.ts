// Runs the import check's scan (scanBpmnFile) in a web worker, so that the page can parse the same
// file with bpmn-moddle meanwhile: on a large file the scan is a fifth of the check. One worker for
// the page, made on the first scan and kept; where there is none (no Worker, or it failed to start)
// the scan runs on the page as before.
import { scanBpmnFile } from './scanBpmnFile';
import type { BpmnFileScan } from './scanBpmnFile';

export interface ScanRequest {
  id: number;
  text: string;
  maxLabelLength: number;
}

export interface ScanReply {
  id: number;
  scan: BpmnFileScan;
}

interface ScanWorker {
  worker: Worker;
  pending: Map<number, (scan: BpmnFileScan | undefined) => void>;
}

/** A scan of one file off the page's thread: what `scanBpmnFile(text, maxLabelLength)` returns. */
export type ScanAside = (text: string, maxLabelLength: number) => Promise<BpmnFileScan>;

/**
 * A scanner with a worker of its own, made on its first scan and kept; where there is none (no
 * Worker, or it failed to start) its scans run on the page.
 */
export function createScanAside(): ScanAside {
  /** the worker once made; 'unavailable' where there is none or it failed, and later scans run on the page */
  let scanWorker: ScanWorker | 'unavailable' | undefined;
  let nextRequest = 0;

  const startWorker = (): ScanWorker | undefined => {
    if (scanWorker === undefined) scanWorker = typeof Worker === 'undefined' ? 'unavailable' : newScanWorker(() => (scanWorker = 'unavailable'));
    return scanWorker === 'unavailable' ? undefined : scanWorker;
  };

  return (text, maxLabelLength) => {
    const started = startWorker();
    if (!started) return Promise.resolve().then(() => scanBpmnFile(text, maxLabelLength));
    const id = (nextRequest += 1);
    const reply = new Promise<BpmnFileScan | undefined>((resolve) => started.pending.set(id, resolve));
    started.worker.postMessage({ id, text, maxLabelLength } satisfies ScanRequest);
    return reply.then((scan) => scan ?? scanBpmnFile(text, maxLabelLength));
  };
}

/** Makes the worker; `failed` is told when it cannot start or breaks. */
function newScanWorker(failed: () => void): ScanWorker | 'unavailable' {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./scanBpmnFile.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return 'unavailable';
  }
  const started: ScanWorker = { worker, pending: new Map() };
  worker.addEventListener('message', ({ data }: MessageEvent<ScanReply>) => {
    started.pending.get(data.id)?.(data.scan);
    started.pending.delete(data.id);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failed();
    worker.terminate();
    // every scan waiting for this worker is run on the page instead
    for (const settle of started.pending.values()) settle(undefined);
    started.pending.clear();
  });
  return started;
}

/**
 * The app's scanner, one worker for the page: starts scanning `text` off the page's thread and
 * returns at once; the promise holds what `scanBpmnFile(text, maxLabelLength)` returns.
 */
export const scanBpmnFileAside: ScanAside = createScanAside();
