// How the modeller names an element in a sentence for a screen reader: its type in the modeller's
// language ("Benutzeraufgabe"), then its name or that it has none; a connection also by the two
// elements it joins ("Sequenzfluss von Startereignis ohne Namen nach Benutzeraufgabe „…“"). The
// focused diagram's name and status line (canvasAria.ts), the element actions menu's title and the
// element search's results (elementSearch.ts) use it; the import's notes name the file's elements
// (as bpmn-moddle reads them, before anything is drawn) the same way.
import type { Connection, Element } from 'diagram-js/lib/model/Types';
import { oneLine } from './oneLine';
import type { Translate } from './translate/translateModule';

/**
 * The element types named by their own words (bpmn-js's templates, translated in the app's bpmn
 * namespace); any other type is an "Element".
 */
const TYPE_NAMES: Record<string, string> = {
  'bpmn:Task': 'Task',
  'bpmn:UserTask': 'User task',
  'bpmn:ServiceTask': 'Service task',
  'bpmn:ManualTask': 'Manual task',
  'bpmn:SendTask': 'Send task',
  'bpmn:ReceiveTask': 'Receive task',
  'bpmn:ScriptTask': 'Script task',
  'bpmn:BusinessRuleTask': 'Business rule task',
  'bpmn:CallActivity': 'Call activity',
  'bpmn:SubProcess': 'Sub-process',
  'bpmn:AdHocSubProcess': 'Ad-hoc sub-process',
  'bpmn:Transaction': 'Transaction',
  'bpmn:ExclusiveGateway': 'Exclusive gateway',
  'bpmn:ParallelGateway': 'Parallel gateway',
  'bpmn:InclusiveGateway': 'Inclusive gateway',
  'bpmn:EventBasedGateway': 'Event-based gateway',
  'bpmn:ComplexGateway': 'Complex gateway',
  'bpmn:StartEvent': 'Start event',
  'bpmn:EndEvent': 'End event',
  'bpmn:IntermediateThrowEvent': 'Intermediate throw event',
  'bpmn:IntermediateCatchEvent': 'Intermediate catch event',
  'bpmn:BoundaryEvent': 'Boundary event',
  'bpmn:DataObjectReference': 'Data object reference',
  'bpmn:DataStoreReference': 'Data store reference',
  'bpmn:Participant': 'Pool',
  'bpmn:Lane': 'Lane',
  'bpmn:TextAnnotation': 'Text annotation',
  'bpmn:Group': 'Group',
  'bpmn:SequenceFlow': 'Sequence flow',
  'bpmn:MessageFlow': 'Message flow',
  'bpmn:Association': 'Association',
  'bpmn:DataInputAssociation': 'Data association',
  'bpmn:DataOutputAssociation': 'Data association',
};

interface NamedBusinessObject {
  name?: string;
  text?: string;
  categoryValueRef?: { value?: string };
}

/** True when the modeller names elements of the BPMN type `type` by their own words (else as an "Element"). */
export function hasTypeName(type: string | undefined): boolean {
  return type !== undefined && type in TYPE_NAMES;
}

/** The name of the BPMN type `type` ("bpmn:UserTask" as "Benutzeraufgabe"), in the language of `translate`. */
function typeNameOf(type: string | undefined, translate: Translate): string {
  return translate((type && TYPE_NAMES[type]) || 'Element');
}

/** The element's type as the modeller names it ("Benutzeraufgabe"), in the language of `translate`. */
export function typeName(element: Element, translate: Translate): string {
  return typeNameOf(element.type as string, translate);
}

function nameOf(business: NamedBusinessObject | undefined): string {
  return oneLine(business?.name ?? business?.text ?? business?.categoryValueRef?.value);
}

function typeAndName(type: string, name: string, translate: Translate): string {
  return name ? translate('{type} “{name}”', { type, name }) : translate('{type} without a name', { type });
}

/** An element as a sentence names it, in the language of `translate`. */
export function describeElement(element: Element, translate: Translate): string {
  const type = typeName(element, translate);
  const name = nameOf(element.businessObject as NamedBusinessObject | undefined);
  const { source, target } = element as Partial<Connection>;
  if (source && target) {
    const ends = { source: describeElement(source, translate), target: describeElement(target, translate) };
    return name ? translate('{type} “{name}” from {source} to {target}', { type, name, ...ends }) : translate('{type} from {source} to {target}', { type, ...ends });
  }
  return typeAndName(type, name, translate);
}

/** A model element as bpmn-moddle reads it (its `$type`, its own name), named as `describeElement` names it once drawn. */
export function describeModelElement(element: NamedBusinessObject & { $type?: string }, translate: Translate): string {
  return typeAndName(typeNameOf(element.$type, translate), nameOf(element), translate);
}
