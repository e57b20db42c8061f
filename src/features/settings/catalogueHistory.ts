// The catalogue's versions as the settings page lists them, newest first: each with the values it
// changed against the version before it. The oldest version kept is compared with the method's
// defaults instead (the versions before it were not kept, or there are none). Values are those
// the form shows (percent fields in percent). Pure functions, no React.
import { createDefaultCatalogue, isPristineCatalogue, versionOf } from '../../domain/criteria';
import type { Catalogue, CatalogueVersion } from '../../domain/criteria';
import { catalogueGroups, shownValue } from './catalogueFields';
import type { CatalogueField, CatalogueGroup } from './catalogueFields';

/** One value a version changed, as the form shows it. */
export interface CatalogueValueChange {
  field: CatalogueField;
  group: CatalogueGroup;
  from: number;
  to: number;
}

export interface CatalogueHistoryEntry {
  version: CatalogueVersion;
  /** the version that scores now */
  current: boolean;
  /** what `changes` compares the version with: the version before it, or the method's defaults */
  comparedWith: { kind: 'version'; version: number } | { kind: 'defaults' };
  changes: CatalogueValueChange[];
}

/** The values that differ between two versions, in the form's order. */
export function changedValues(before: CatalogueVersion, after: CatalogueVersion): CatalogueValueChange[] {
  return catalogueGroups.flatMap((group) =>
    group.fields.flatMap((field) => {
      const from = shownValue(field, before);
      const to = shownValue(field, after);
      return from === to ? [] : [{ field, group, from, to }];
    }),
  );
}

/** Every version the catalogue knows, the current one first; empty when it kept no earlier version. */
export function catalogueHistory(catalogue: Catalogue): CatalogueHistoryEntry[] {
  const earlier = catalogue.history ?? [];
  if (earlier.length === 0) return [];
  const versions = [...earlier, versionOf(catalogue)];
  const defaults = createDefaultCatalogue();
  return versions
    .map((version, index): CatalogueHistoryEntry => {
      const before = index > 0 ? versions[index - 1] : undefined;
      return {
        version,
        current: index === versions.length - 1,
        comparedWith: before ? { kind: 'version', version: before.version } : { kind: 'defaults' },
        changes: before ? changedValues(before, version) : isPristineCatalogue(version) ? [] : changedValues(defaults, version),
      };
    })
    .reverse();
}
