// What the import of this diagram reported: a short summary of what the warnings mean for the user
// (one sentence a group of like warnings, summarizeImportWarnings), which the heading counts, the
// warnings themselves behind a disclosure of details (the import dialog has shown them already; open
// beside the summary, a detail would repeat its sentence as another note), and a note when its
// layout was generated. Pasted text is spoken of as such, not as a file. Stays until the user
// closes it; never swallowed. The notices of an import just made are told once: the first time
// they are shown, their heading takes a focus the page's main region has (the editor has just
// opened); shown again later, they leave the focus alone. Also owns that summary's rendering,
// which the import dialog shows too (and names as its description).
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeImportWarnings } from '../../domain/importWarningSummary';
import type { ImportWarningGroup, ImportWarningGroupCount, ImportWarningNote } from '../../domain/importWarningSummary';
import type { ImportNotice } from '../../state/appState';
import { Button } from '../../ui/Button';
import { focusIsFree } from '../../ui/mainRegion';

export interface ImportNoticesProps {
  /** the warnings, each with its kind: listed, and summed up by group above the list */
  warnings: readonly ImportWarningNote[];
  autoLayout: boolean;
  /** the import these notices report (the store's notice of it): told once, as the module says */
  fromImport?: ImportNotice;
  /** the import was of text pasted into the import dialog, not of a file */
  pasted?: boolean;
  onDismiss: () => void;
}

/** the imports whose notices have been shown: their heading takes the focus only the first time */
const toldImports = new WeakSet<ImportNotice>();

/** The id of a group's sentence in a summary given `idPrefix`: a dialog's description names them. */
export function warningSummaryItemId(idPrefix: string, group: ImportWarningGroup): string {
  return `${idPrefix}-${group}`;
}

/**
 * One plain sentence per group of warnings: how many, and what that means for the diagram. With
 * `idPrefix`, each sentence has an id (warningSummaryItemId): the list's own name would stand for
 * its sentences in a description that named the list.
 */
export function ImportWarningSummary({ groups, idPrefix }: { groups: readonly ImportWarningGroupCount[]; idPrefix?: string }) {
  const { t } = useTranslation('import');
  if (groups.length === 0) return null;
  return (
    <ul className="warning-list" aria-label={t('summary.label')} tabIndex={0}>
      {groups.map(({ group, count, missingElsewhere }) => (
        <li key={group} id={idPrefix === undefined ? undefined : warningSummaryItemId(idPrefix, group)}>
          {t(`summary.${group}`, { count, context: missingElsewhere ? 'missingElsewhere' : undefined })}
        </li>
      ))}
    </ul>
  );
}

export function ImportNotices({ warnings, autoLayout, fromImport, pasted = false, onDismiss }: ImportNoticesProps) {
  const { t } = useTranslation(['editor', 'import']);
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const summary = useMemo(() => summarizeImportWarnings(warnings), [warnings]);
  const shown = warnings.length > 0 || autoLayout;
  const context = pasted ? 'pasted' : undefined;
  // a warning of the canvas's may come after the editor opened: told when there are notices to tell
  useEffect(() => {
    if (!shown || !fromImport || toldImports.has(fromImport)) return;
    toldImports.add(fromImport);
    if (focusIsFree()) titleRef.current?.focus();
  }, [shown, fromImport]);
  if (!shown) return null;
  return (
    <section className="notice notice--warning import-notices" aria-labelledby={titleId}>
      <div className="import-notices__head">
        <h2 ref={titleRef} id={titleId} className="notice__title" tabIndex={-1}>
          {summary.length > 0 ? t('import:notices.title', { count: summary.length, context }) : t('notices.layoutTitle')}
        </h2>
        <Button size="small" variant="quiet" onClick={onDismiss}>
          {t('notices.dismiss')}
        </Button>
      </div>
      {autoLayout ? <p>{t('import:autoLayout', { context })}</p> : null}
      <ImportWarningSummary groups={summary} />
      {warnings.length > 0 ? (
        <details className="import-notices__all">
          <summary>{t('import:notices.showDetails', { count: warnings.length })}</summary>
          <ul className="warning-list" aria-label={t('import:summary.details')} tabIndex={0}>
            {warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
