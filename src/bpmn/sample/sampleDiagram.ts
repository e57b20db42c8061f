// The sample process a new workspace starts with: "Gewerbeanmeldung" of a city administration
// (paper form, re-keying into the specialist application, printed certificate), BPMN 2.0 with layout.
import sampleXml from './gewerbeanmeldung.bpmn?raw';

export const sampleDiagramXml: string = sampleXml;
