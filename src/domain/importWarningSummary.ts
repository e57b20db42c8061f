// What an imported file's warnings mean for the person importing it: every kind of warning belongs to
// one group of like consequence (elements left out, not drawn, references removed, repaired, a
// vendor's extras passed over …), and the summary counts the elements of each group, the most
// serious first. A group whose sentence reassures (nothing of the diagram is missing by it) is
// marked when another group says something is missing, so that its sentence does not claim the
// diagram complete. The kinds are the import's warning codes; pure data and functions.

/** The codes of the import's warnings (the keys of `import:warning.*`) and of embedded answers. */
export const importWarningKinds = [
  'duplicateId',
  'illegalId',
  'unknownElement',
  'unparsable',
  'unresolvedReference',
  'unknownAttribute',
  'encoding',
  'notShown',
  'multipleDi',
  'noBpmnElement',
  'unrecognizedFlowElement',
  'notYetDrawn',
  'unknownDi',
  'missingReference',
  'correctedPlane',
  'other',
  'poolDiagramRepaired',
  /** elements of a file without layout that the automatic layout could not place */
  'notLaidOut',
  /** shapes the open diagram draws in the file that the modeller does not draw (e.g. inside an expanded call activity) */
  'undrawnShapes',
  /** a problem with the assessments a "BPMN mit Bewertung" export embedded */
  'embeddedAnswer',
] as const;

export type ImportWarningKind = (typeof importWarningKinds)[number];

/** The groups in the order they are summarised: content that may be missing first, harmless last. */
export const importWarningGroups = [
  'duplicateIds',
  'unreadable',
  'notDrawn',
  'brokenReferences',
  'notShown',
  'embeddedAnswers',
  'repaired',
  'encoding',
  'vendorExtras',
  'drawingDetails',
  'other',
] as const;

export type ImportWarningGroup = (typeof importWarningGroups)[number];

const groupOfKind: Record<ImportWarningKind, ImportWarningGroup> = {
  // the parser left the element out, with all it contains
  duplicateId: 'duplicateIds',
  illegalId: 'unreadable',
  unparsable: 'unreadable',
  // the element is in the model, but bpmn-js could not draw it
  unrecognizedFlowElement: 'notDrawn',
  notYetDrawn: 'notDrawn',
  unknownDi: 'notDrawn',
  missingReference: 'notDrawn',
  notLaidOut: 'notDrawn',
  undrawnShapes: 'notDrawn',
  unresolvedReference: 'brokenReferences',
  notShown: 'notShown',
  embeddedAnswer: 'embeddedAnswers',
  poolDiagramRepaired: 'repaired',
  correctedPlane: 'repaired',
  encoding: 'encoding',
  // not BPMN: nothing of the process is missing
  unknownElement: 'vendorExtras',
  unknownAttribute: 'vendorExtras',
  // a second or an orphaned drawing of an element: every element is still drawn once
  multipleDi: 'drawingDetails',
  noBpmnElement: 'drawingDetails',
  other: 'other',
};

export interface KindedImportWarning {
  kind: ImportWarningKind;
  /** how many elements the warning stands for (one warning names all elements not shown); 1 if absent */
  count?: number;
}

/** A warning as the user reads it, with its kind for the summary. */
export interface ImportWarningNote extends KindedImportWarning {
  message: string;
}

/** The groups that say something of the model may be missing from the diagram or its connections. */
const missingGroups: ReadonlySet<ImportWarningGroup> = new Set(['duplicateIds', 'unreadable', 'notDrawn', 'brokenReferences', 'notShown']);

/** The groups whose sentence says that nothing is missing by them. */
const reassuringGroups: ReadonlySet<ImportWarningGroup> = new Set(['vendorExtras', 'drawingDetails']);

export interface ImportWarningGroupCount {
  group: ImportWarningGroup;
  /** elements (or, for embedded answers and other notes, warnings) in this group */
  count: number;
  /** set on a reassuring group when another group says something is missing: it may not claim the diagram complete */
  missingElsewhere?: true;
}

/** The groups the warnings fall into, each with its count, most serious first; empty groups left out. */
export function summarizeImportWarnings(warnings: readonly KindedImportWarning[]): ImportWarningGroupCount[] {
  const counts = new Map<ImportWarningGroup, number>();
  for (const warning of warnings) {
    const group = groupOfKind[warning.kind];
    counts.set(group, (counts.get(group) ?? 0) + (warning.count ?? 1));
  }
  const missingElsewhere = [...counts.keys()].some((group) => missingGroups.has(group));
  return importWarningGroups
    .filter((group) => counts.has(group))
    .map((group) => ({
      group,
      count: counts.get(group) ?? 0,
      ...(missingElsewhere && reassuringGroups.has(group) ? { missingElsewhere: true as const } : {}),
    }));
}
