// What the restore dialog says about a backup it refuses or repaired, in the user's language: the
// specific message, the part of the backup at fault (record by name and position, field; an
// assessment left out because its process is missing says so) in plain words, and the technical
// detail for the "Technische Details" disclosure.
import type { TFunction } from 'i18next';
import type { BundleRecord, ParseBundleResult } from '../../domain/bundle';

type Refusal = Extract<ParseBundleResult, { ok: false }>;

export interface RefusalText {
  message: string;
  /** the part of the backup at fault, when known */
  affected?: string;
  /** technical words for the disclosure */
  detail?: string;
}

/** A part of the backup as a person reads it, e.g. `der Prozess „Gewerbeanmeldung“ (1. Prozess der Sicherung)`. */
export function bundleRecordText(t: TFunction, record: BundleRecord): string {
  switch (record.kind) {
    case 'envelope':
    case 'catalogue':
    case 'meta':
      return t(`storage:bundle.record.${record.kind}`);
    case 'department':
    case 'process':
      return record.name === undefined
        ? t(`storage:bundle.record.${record.kind}Unnamed`, { position: record.position })
        : t(`storage:bundle.record.${record.kind}`, { name: record.name, position: record.position });
    case 'assessment':
      if (record.processMissing) {
        return record.step === undefined
          ? t('storage:bundle.record.assessmentWithoutProcessUnnamed', { position: record.position })
          : t('storage:bundle.record.assessmentWithoutProcess', { step: record.step, position: record.position });
      }
      return record.processName === undefined || record.step === undefined
        ? t('storage:bundle.record.assessmentUnnamed', { position: record.position })
        : t('storage:bundle.record.assessment', { process: record.processName, step: record.step });
  }
}

function processValues(record: BundleRecord | undefined): { name?: string; position?: number } {
  return record?.kind === 'process' ? { name: record.name, position: record.position } : {};
}

/** The message for a refused backup, what it affects and its technical detail. */
export function refusalText(t: TFunction, refusal: Refusal): RefusalText {
  const message = t(`storage:bundle.errors.${refusal.error}`, processValues(refusal.record));
  const ownMessageNamesIt = refusal.error === 'unknownDepartment' || refusal.error === 'unnamedProcess' || refusal.error === 'brokenDiagram';
  let affected: string | undefined;
  if (refusal.record && !ownMessageNamesIt) {
    const record = bundleRecordText(t, refusal.record);
    affected = refusal.field ? t('storage:bundle.affectedField', { record, field: refusal.field }) : t('storage:bundle.affected', { record });
  }
  return { message, affected, detail: refusal.detail };
}
