// Generated benchmark processes for `npm run bench`: a BPMN file with diagram layout (a start
// event, a grid of tasks connected in a snake by sequence flows, an end event) and, for each task,
// a fully answered step assessment (quick check, detailed criteria, quantities) shaped like the
// records the app stores. Deterministic: the same size always gives the same file and answers.

const columns = 25;
const taskWidth = 100;
const taskHeight = 80;
const columnGap = 50;
const rowGap = 40;
const originX = 200;
const originY = 80;
const taskTypes = ['task', 'userTask', 'manualTask', 'sendTask', 'receiveTask', 'businessRuleTask'];
const verbs = ['Antrag prüfen', 'Daten erfassen', 'Bescheid drucken', 'Unterlagen nachfordern', 'Gebühr berechnen', 'Akte anlegen', 'Fachverfahren pflegen', 'Rückfrage klären'];
const periods = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];

/** a small deterministic pseudo-random source (LCG), values in [0, 1) */
function randomSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick(random, values) {
  return values[Math.floor(random() * values.length)];
}

function level(random) {
  return 1 + Math.floor(random() * 5);
}

export function taskId(index) {
  return `Task_${index + 1}`;
}

export function taskName(index) {
  return `Schritt ${index + 1}: ${verbs[index % verbs.length]}`;
}

function taskBox(index) {
  const row = Math.floor(index / columns);
  const inRow = index % columns;
  // the snake runs left to right on even rows, right to left on odd rows
  const column = row % 2 === 0 ? inRow : columns - 1 - inRow;
  return { x: originX + column * (taskWidth + columnGap), y: originY + row * (taskHeight + rowGap), width: taskWidth, height: taskHeight };
}

function centreLeft(box) {
  return { x: box.x, y: box.y + box.height / 2 };
}

function centreRight(box) {
  return { x: box.x + box.width, y: box.y + box.height / 2 };
}

/** Waypoints of the flow from one task to the next: straight within a row, down at a row's end. */
function waypoints(from, to) {
  if (from.y === to.y) return from.x < to.x ? [centreRight(from), centreLeft(to)] : [centreLeft(from), centreRight(to)];
  const x = from.x + from.width / 2;
  return [
    { x, y: from.y + from.height },
    { x, y: to.y },
  ];
}

function point({ x, y }) {
  return `<di:waypoint x="${x}" y="${y}" />`;
}

/** BPMN 2.0 XML with `count` tasks and diagram interchange for every shape and flow. */
export function generateBpmn(count) {
  const semantic = [];
  const shapes = [];
  const edges = [];
  const start = { x: 100, y: originY + taskHeight / 2 - 18, width: 36, height: 36 };
  semantic.push('<bpmn:startEvent id="StartEvent_1" name="Antrag eingegangen"><bpmn:outgoing>Flow_0</bpmn:outgoing></bpmn:startEvent>');
  shapes.push(`<bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="${start.x}" y="${start.y}" width="36" height="36" /></bpmndi:BPMNShape>`);
  edges.push(`<bpmndi:BPMNEdge id="Flow_0_di" bpmnElement="Flow_0">${point({ x: start.x + 36, y: start.y + 18 })}${point(centreLeft(taskBox(0)))}</bpmndi:BPMNEdge>`);
  semantic.push(`<bpmn:sequenceFlow id="Flow_0" sourceRef="StartEvent_1" targetRef="${taskId(0)}" />`);
  for (let index = 0; index < count; index += 1) {
    const id = taskId(index);
    const type = taskTypes[index % taskTypes.length];
    const incoming = `Flow_${index}`;
    const outgoing = `Flow_${index + 1}`;
    semantic.push(`<bpmn:${type} id="${id}" name="${taskName(index)}"><bpmn:incoming>${incoming}</bpmn:incoming><bpmn:outgoing>${outgoing}</bpmn:outgoing></bpmn:${type}>`);
    const box = taskBox(index);
    shapes.push(`<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" /></bpmndi:BPMNShape>`);
    const target = index + 1 < count ? taskId(index + 1) : 'EndEvent_1';
    semantic.push(`<bpmn:sequenceFlow id="${outgoing}" sourceRef="${id}" targetRef="${target}" />`);
    let points;
    if (index + 1 < count) points = waypoints(box, taskBox(index + 1));
    else {
      const leftToRight = Math.floor(index / columns) % 2 === 0;
      const from = leftToRight ? centreRight(box) : centreLeft(box);
      points = [from, { x: from.x + (leftToRight ? 50 : -50), y: from.y }];
    }
    edges.push(`<bpmndi:BPMNEdge id="${outgoing}_di" bpmnElement="${outgoing}">${points.map(point).join('')}</bpmndi:BPMNEdge>`);
    if (index + 1 === count) {
      const end = points[points.length - 1];
      const endX = end.x < points[0].x ? end.x - 36 : end.x;
      semantic.push(`<bpmn:endEvent id="EndEvent_1" name="Bescheid versandt"><bpmn:incoming>${outgoing}</bpmn:incoming></bpmn:endEvent>`);
      shapes.push(`<bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="${endX}" y="${end.y - 18}" width="36" height="36" /></bpmndi:BPMNShape>`);
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_bench" targetNamespace="http://bpmn.io/schema/bpmn">',
    `<bpmn:process id="Process_bench" name="Benchmark ${count} Schritte" isExecutable="false">`,
    ...semantic,
    '</bpmn:process>',
    '<bpmndi:BPMNDiagram id="Diagram_bench"><bpmndi:BPMNPlane id="Plane_bench" bpmnElement="Process_bench">',
    ...shapes,
    ...edges,
    '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>',
    '</bpmn:definitions>',
  ].join('\n');
}

/** Every criterion and quantity answered, as the app's StepAssessment record of task `index`. */
export function generateAssessment(processId, index, now) {
  const random = randomSource(index + 1);
  return {
    processId,
    stepId: taskId(index),
    answers: {
      R: level(random),
      Id: level(random),
      Is: level(random),
      Mb: Math.floor(random() * 4),
      Sp: level(random),
      Va: level(random),
      Ex: level(random),
      Sa: level(random),
      Ap: 1 + Math.floor(random() * 5),
      St: 1 + Math.floor(random() * 20),
      Vm: random() < 0.2,
      Do: level(random),
      Lf: pick(random, [1, 3, 5]),
      Er: random() < 0.1,
    },
    quantities: {
      volume: 1 + Math.floor(random() * 200),
      period: pick(random, periods),
      minutesPerCase: 1 + Math.floor(random() * 60),
      errorRate: Math.round(random() * 20) / 100,
      reworkMinutes: Math.floor(random() * 30),
      reviewMinutes: Math.floor(random() * 10),
      mediaBreakMinutes: Math.floor(random() * 15),
    },
    notes: '',
    notApplicable: false,
    alreadyAutomated: false,
    lastKnownName: taskName(index),
    updatedAt: now,
    revision: 1,
  };
}

/** The stored records of a generated process of `count` answered steps. */
export function generateProcessRecords({ count, processId, departmentId, catalogueVersion, now }) {
  const process = {
    id: processId,
    departmentId,
    name: `Benchmark ${count} Schritte`,
    lotse: '',
    description: 'Generiert von npm run bench',
    status: 'workshop',
    diagramXml: generateBpmn(count),
    catalogueVersion,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
  const assessments = Array.from({ length: count }, (_, index) => generateAssessment(processId, index, now));
  return { process, assessments };
}
