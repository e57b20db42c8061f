// Reading a backup file for restoring it: the domain's parseBundle with the check every process's
// diagram must pass, so a backup with a diagram the editor could not open is refused as a whole,
// naming the process, before anything is stored. The check is the BPMN import's own streaming scan
// (scanBpmnFile: no bpmn-js, no DOM): well-formed XML, not nested too deep, a BPMN definitions root.
// A BPMN or other XML file chosen instead of a backup gets a refusal of its own.
import { isBpmnDefinitions, scanBpmnFile } from '../../bpmn/scanBpmnFile';
import { parseBundle } from '../../domain/bundle';
import type { DiagramProblem, ParseBundleResult } from '../../domain/bundle';

/** What keeps a backup's diagram XML from opening, in technical words; undefined when it is BPMN. */
export const backupDiagramProblem: DiagramProblem = (xml) => {
  const scan = scanBpmnFile(xml, Number.POSITIVE_INFINITY);
  if (!scan.ok) return `${scan.problem === 'tooDeep' ? 'nested too deep' : 'not well-formed XML'} at ${scan.line}:${scan.column}`;
  const { root } = scan.facts;
  if (!isBpmnDefinitions(root)) return `root element <${root.qualifiedName}> is not bpmn:definitions`;
  return undefined;
};

/**
 * Reads a backup file's text as "Sicherung einspielen" does: parseBundle with the diagram check. XML
 * (a BPMN file chosen by mistake: `<` after any byte order mark and white space) is refused as such,
 * without the JSON parser's words.
 */
export function readBackup(text: string): ParseBundleResult {
  const read = parseBundle(text, { diagramProblem: backupDiagramProblem });
  if (!read.ok && read.error === 'notJson' && /^\uFEFF?\s*</.test(text)) return { ok: false, error: 'xmlFile' };
  return read;
}
