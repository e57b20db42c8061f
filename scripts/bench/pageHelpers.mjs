// What `npm run bench` installs in every page before the page's own scripts run (Playwright's
// addInitScript): frame timing helpers and a log of IndexedDB write transactions. Nothing here
// changes what the page does; it only watches.
//
// - nextPaint(): resolves (with performance.now()) after the next frame has been drawn: a task
//   posted from requestAnimationFrame runs once the frame's style, layout and paint are done.
// - paintedWhen(done): checks `done` at the start of every frame; resolves (with performance.now())
//   once the first frame in which it holds has been drawn.
// - changeCost(work, shown): runs `work` at the start of a frame and resolves with { ms, scriptMs,
//   layoutMs }: ms until the end of the first frame drawn with `shown()` true (the same frame when
//   the change is synchronous): the script, style, layout and paint the change costs, and any
//   frames it waits; scriptMs the synchronous work itself, layoutMs the style and layout right after.
// - frameCost(work): changeCost with nothing to wait for: the cost of the frame that runs `work`.
// - idbLog: one entry per IndexedDB transaction that wrote anything: { start, end, writes }, where
//   start is when the transaction was created, end its `complete` event, writes the number of
//   put/add/delete requests per object store.

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function installPageHelpers() {
  const idbLog = [];
  const entries = new WeakMap();
  const openTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(...args) {
    const tx = openTransaction.apply(this, args);
    const entry = { start: performance.now(), end: undefined, writes: {} };
    entries.set(tx, entry);
    tx.addEventListener('complete', () => {
      entry.end = performance.now();
      if (Object.keys(entry.writes).length > 0) idbLog.push(entry);
    });
    return tx;
  };
  for (const method of ['put', 'add', 'delete']) {
    const request = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function counted(...args) {
      const entry = entries.get(this.transaction);
      if (entry) entry.writes[this.name] = (entry.writes[this.name] ?? 0) + 1;
      return request.apply(this, args);
    };
  }

  const afterFrame = (resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  };
  const timeoutMs = 120_000;

  const paintedWhen = (done) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const check = () => {
        if (done()) afterFrame(resolve);
        else if (performance.now() - started > timeoutMs) reject(new Error('timed out waiting for the page'));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  const changeCost = (work, shown) =>
    new Promise((resolve, reject) =>
      requestAnimationFrame(() => {
        const start = performance.now();
        let scriptMs;
        let layoutMs;
        try {
          work();
          const worked = performance.now();
          // style and layout now rather than later in the frame, to tell them apart from paint
          void document.body.offsetHeight;
          scriptMs = worked - start;
          layoutMs = performance.now() - worked;
        } catch (error) {
          reject(error);
          return;
        }
        const check = () => {
          if (shown()) afterFrame((end) => resolve({ ms: end - start, scriptMs, layoutMs }));
          else if (performance.now() - start > timeoutMs) reject(new Error('timed out waiting for the change to show'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    );

  window.__plBench = {
    idbLog,
    nextPaint: () => paintedWhen(() => true),
    paintedWhen,
    changeCost,
    frameCost: (work) => changeCost(work, () => true),
  };
}
