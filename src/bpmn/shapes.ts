// Telling diagram-js's shapes from its other elements (connections, the root) where bpmn-js hands
// out plain `Element`s.
import type { Element, Shape } from 'diagram-js/lib/model/Types';

/** A shape: an element with bounds that is not a connection. */
export function isShape(element: Element | undefined): element is Shape {
  return !!element && typeof (element as Partial<Shape>).width === 'number' && !('waypoints' in element);
}
