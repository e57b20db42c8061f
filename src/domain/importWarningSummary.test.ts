// The import summary's grouping: warnings of one consequence are counted together, a warning that
// stands for several elements counts each, the most serious group comes first, empty groups are
// left out, and every kind has a group.
import { describe, expect, it } from 'vitest';
import { importWarningGroups, importWarningKinds, summarizeImportWarnings } from './importWarningSummary';
import type { ImportWarningKind, KindedImportWarning } from './importWarningSummary';

function many(kind: ImportWarningKind, times: number): KindedImportWarning[] {
  return Array.from({ length: times }, () => ({ kind }));
}

describe('summarizeImportWarnings', () => {
  it('given no warnings, then there is nothing to summarise', () => {
    expect(summarizeImportWarnings([])).toEqual([]);
  });

  it('given the warnings of a file with taken ids (59 duplicates, 2 dangling references), then two groups, the left-out elements first', () => {
    const warnings = [...many('unresolvedReference', 2), ...many('duplicateId', 59)];

    expect(summarizeImportWarnings(warnings)).toEqual([
      { group: 'duplicateIds', count: 59 },
      { group: 'brokenReferences', count: 2 },
    ]);
  });

  it('given kinds of like consequence, then they are counted in one group', () => {
    const warnings = [...many('unknownElement', 4), ...many('unknownAttribute', 1), ...many('illegalId', 2), ...many('unparsable', 1)];

    expect(summarizeImportWarnings(warnings)).toEqual([
      { group: 'unreadable', count: 3 },
      { group: 'vendorExtras', count: 5, missingElsewhere: true },
    ]);
  });

  it('given one warning that stands for 12 elements not shown, then it counts 12', () => {
    const warnings: KindedImportWarning[] = [{ kind: 'notShown', count: 12 }, { kind: 'encoding' }];

    expect(summarizeImportWarnings(warnings)).toEqual([
      { group: 'notShown', count: 12 },
      { group: 'encoding', count: 1 },
    ]);
  });

  it('given one warning of every kind, then every group appears once, in the summary order, and the counts add up', () => {
    const warnings = importWarningKinds.map((kind) => ({ kind }));

    const summary = summarizeImportWarnings(warnings);

    expect(summary.map((entry) => entry.group)).toEqual([...importWarningGroups]);
    expect(summary.reduce((sum, entry) => sum + entry.count, 0)).toBe(importWarningKinds.length);
  });
  it.each([
    ['an element not drawn (Bizagi)', [{ kind: 'notYetDrawn' }, ...many('unknownElement', 4)], 'vendorExtras'],
    ['elements not drawn (import-warnings)', [...many('missingReference', 2), { kind: 'multipleDi' }], 'drawingDetails'],
    ['a reference removed', [{ kind: 'unresolvedReference' }, { kind: 'noBpmnElement' }], 'drawingDetails'],
    ['elements without a drawing', [{ kind: 'notShown', count: 90 }, { kind: 'unknownAttribute' }], 'vendorExtras'],
  ] as const)('given %s beside passed-over details, then the reassuring group is marked: something is missing elsewhere', (_, warnings, reassuring) => {
    const summary = summarizeImportWarnings(warnings);

    expect(summary.find((entry) => entry.group === reassuring)?.missingElsewhere).toBe(true);
    expect(summary.filter((entry) => entry.missingElsewhere).map((entry) => entry.group)).toEqual([reassuring]);
  });

  it('given only passed-over details, a repaired diagram and the encoding, then nothing is marked missing elsewhere', () => {
    const warnings: KindedImportWarning[] = [{ kind: 'unknownElement' }, { kind: 'multipleDi' }, { kind: 'poolDiagramRepaired' }, { kind: 'encoding' }];

    expect(summarizeImportWarnings(warnings).some((entry) => entry.missingElsewhere)).toBe(false);
  });
});
