// Where the shared BPMN fixtures are: ../shared/fixtures/bpmn beside the project's clone (read-only;
// SOURCES.md there describes every file). Shared by the specs in tests/e2e/.
import path from 'node:path';

const fixturesRoot = path.resolve(import.meta.dirname, '../../../../shared/fixtures/bpmn');

/** The absolute path of a fixture, e.g. fixturePath('camunda/platform_invoice.v2.bpmn'). */
export function fixturePath(relative: string): string {
  return path.join(fixturesRoot, relative);
}
