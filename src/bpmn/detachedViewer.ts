// A bpmn-js Viewer drawn off-screen for work that needs a diagram but no visible canvas (the
// report's heatmap SVG, reading steps from stored XML): a hidden container outside the viewport,
// and both viewer and container gone again when the work is done, also when it fails.
import Viewer from 'bpmn-js/lib/Viewer';

/** Runs `work` with a fresh Viewer in a detached, off-screen container; destroys both afterwards. */
export async function withDetachedViewer<T>(work: (viewer: Viewer) => Promise<T>): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position: fixed; left: -20000px; top: 0; width: 1600px; height: 1000px; visibility: hidden';
  document.body.appendChild(container);
  const viewer = new Viewer({ container });
  try {
    return await work(viewer);
  } finally {
    viewer.destroy();
    container.remove();
  }
}
