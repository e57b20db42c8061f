// How the modeller names an element in a sentence for a screen reader: its type in the modeller's
// language ("Benutzeraufgabe"), then its name or that it has none; a connection also by the two
// elements it joins ("Sequenzfluss von Startereignis ohne Namen nach Benutzeraufgabe „…“"). The
// focused diagram's name and status line (canvasAria.ts), the element actions menu's title and the
// element search's results (elementSearch.ts) use it.
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
};

interface NamedBusinessObject {
  name?: string;
  text?: string;
  categoryValueRef?: { value?: string };
}

/** The element's type as the modeller names it ("Benutzeraufgabe"), in the language of `translate`. */
export function typeName(element: Element, translate: Translate): string {
  return translate(TYPE_NAMES[element.type as string] ?? 'Element');
}

/** An element as a sentence names it, in the language of `translate`. */
export function describeElement(element: Element, translate: Translate): string {
  const type = typeName(element, translate);
  const business = element.businessObject as NamedBusinessObject | undefined;
  const name = oneLine(business?.name ?? business?.text ?? business?.categoryValueRef?.value);
  const { source, target } = element as Partial<Connection>;
  if (source && target) {
    const ends = { source: describeElement(source, translate), target: describeElement(target, translate) };
    return name ? translate('{type} “{name}” from {source} to {target}', { type, name, ...ends }) : translate('{type} from {source} to {target}', { type, ...ends });
  }
  return name ? translate('{type} “{name}”', { type, name }) : translate('{type} without a name', { type });
}
