// Test support for the export tests (not used by the app): the test process with two steps of the
// same name, "Troponin", each in another sub-process, as in imported department models.
import type { ReportInput } from './reportInput';
import { testReportInput } from './testReportInput';

/** The sub-processes the two "Troponin" steps are in; "Deko" stays on the top level. */
export const testParents: Readonly<Record<string, string>> = { Task_check: 'take ECG', Task_xss: 'Blutabnahme' };

/**
 * The test process with "Antrag prüfen" and the second step both named "Troponin", in the
 * sub-processes of `testParents`; both ranked and both with media breaks, as in testReportInput.
 */
export function testReportInputInSubProcesses(): ReportInput {
  const input = testReportInput();
  const steps = input.steps.map((step) => (step.id in testParents ? { ...step, name: 'Troponin', parent: testParents[step.id] } : step));
  return { ...input, steps };
}
