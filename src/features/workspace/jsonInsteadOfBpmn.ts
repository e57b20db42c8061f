// Telling what a text the BPMN import refused as "not XML" is instead, when it is JSON: a backup of
// Prozesslotse (its envelope's type near the start, even when the file is cut off) or other JSON.
// Either belongs in "Sicherung einspielen", not in the BPMN import. Reads only the text's opening.
import { bundleType } from '../../domain/bundle';

export type JsonInstead = 'backup' | 'json';

/** how far into the text a backup's `"type": "prozesslotse-backup"` is looked for: createBundle writes it first */
const backupMarkReach = 1_000;
const backupMark = new RegExp(`"type"\\s*:\\s*"${bundleType}"`);

/** 'backup' for a Prozesslotse backup, 'json' for other JSON, undefined for anything else. */
export function jsonInsteadOfBpmn(text: string): JsonInstead | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, backupMarkReach);
  if (!head.startsWith('{') && !head.startsWith('[')) return undefined;
  return backupMark.test(head) ? 'backup' : 'json';
}
