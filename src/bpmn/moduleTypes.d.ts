// Type declarations for the two bpmn.io packages that ship JavaScript without typings for their main
// entry: bpmn-moddle (the BPMN parser inside bpmn-js) and bpmn-auto-layout. Only what src/bpmn uses.

declare module 'bpmn-moddle' {
  /** One element of the parsed model; properties depend on the element's BPMN type. */
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    $parent?: ModdleElement;
    $instanceOf(type: string): boolean;
    get(property: string): unknown;
  }

  /** A parser warning: the message is English and technical (see importDiagram.ts). */
  export interface ModdleWarning {
    message: string;
    element?: ModdleElement;
    property?: string;
    value?: unknown;
    error?: Error;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: ModdleWarning[];
    elementsById: Record<string, ModdleElement>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}

declare module 'bpmn-auto-layout' {
  /** Returns the document with fresh diagram interchange (BPMNDI) for its first process. */
  export function layoutProcess(xml: string): Promise<string>;
}
