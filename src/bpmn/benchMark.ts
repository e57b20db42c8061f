// The User Timing marks that `npm run bench` waits for (docs/benchmarks.md). Kept here rather than
// in src/ui because lint lets the canvas adapter import nothing of the app but the domain, while the
// features may import src/bpmn.

/** Sets the mark `name`; only the latest is kept. */
export function benchMark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
