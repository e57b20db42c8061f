// Test support for the browser tests (never imported by the app): puts a bpmn-js Modeler into a
// sized container on the page, imports a diagram, and destroys both when the test finishes.
import { onTestFinished } from 'vitest';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { ImportXMLResult } from 'bpmn-js/lib/BaseViewer';
import { createModeler } from '../createModeler';

export interface MountOptions {
  /** the diagram to import; without it the Modeler starts empty */
  xml?: string;
  /** container size in CSS pixels; default 1000 × 600 */
  width?: number;
  height?: number;
  /** builds the Modeler into the container; default the app's createModeler, German, bpmn-js's own texts */
  create?: (container: HTMLElement) => Modeler;
}

export interface MountedModeler {
  modeler: Modeler;
  container: HTMLElement;
  /** the import's warnings; empty when nothing was imported */
  warnings: ImportXMLResult['warnings'];
  /** destroys the Modeler and removes its container now (otherwise done when the test finishes) */
  destroy(): void;
}

function germanModeler(container: HTMLElement): Modeler {
  return createModeler({ container, language: 'de', translate: () => undefined });
}

/** Call inside a test or a beforeEach hook: the clean-up is tied to the running test. */
export async function mountModeler({ xml, width = 1000, height = 600, create = germanModeler }: MountOptions = {}): Promise<MountedModeler> {
  const container = document.createElement('div');
  container.style.cssText = `width: ${width}px; height: ${height}px; position: relative`;
  document.body.append(container);
  const modeler = create(container);
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    modeler.destroy();
    container.remove();
  };
  onTestFinished(destroy);
  const { warnings } = xml === undefined ? { warnings: [] } : await modeler.importXML(xml);
  return { modeler, container, warnings, destroy };
}
