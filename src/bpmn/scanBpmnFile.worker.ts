// The import check's scan of a file (scanBpmnFile) on a thread of its own: receives the file's text,
// answers with the scan's result under the request's number. It keeps nothing between requests.
import { scanBpmnFile } from './scanBpmnFile';
import type { ScanReply, ScanRequest } from './scanAside';

/** the worker's global scope, as far as it is used here (the project's types are those of a page) */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ScanRequest>) => void): void;
  postMessage(message: ScanReply): void;
};

scope.addEventListener('message', ({ data }) => {
  scope.postMessage({ id: data.id, scan: scanBpmnFile(data.text, data.maxLabelLength) });
});
