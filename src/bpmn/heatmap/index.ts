// The heatmap as a diagram-js module: pass `heatmapModule` in the modeler's `additionalModules`,
// then drive it with `modeler.get<Heatmap>('heatmap').update(entries)`. Brings its stylesheet.
import './heatmap.css';
import { Heatmap } from './Heatmap';

export const heatmapModule = {
  __init__: ['heatmap'],
  heatmap: ['type', Heatmap],
};
