// What the import of this diagram reported: the warnings as a readable list and a note when its
// layout was generated. Stays until the user closes it; never swallowed. A long list (the import
// dialog has shown it in full already) waits behind a disclosure, so it does not push the diagram
// out of the window.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

export interface ImportNoticesProps {
  warnings: readonly string[];
  autoLayout: boolean;
  onDismiss: () => void;
}

/** up to this many warnings are listed at once; more wait behind "show all" */
const listedAtOnce = 3;

export function ImportNotices({ warnings, autoLayout, onDismiss }: ImportNoticesProps) {
  const { t } = useTranslation(['editor', 'import']);
  const titleId = useId();
  if (warnings.length === 0 && !autoLayout) return null;
  const list =
    warnings.length > 0 ? (
      <ul className="warning-list">
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    ) : null;
  return (
    <section className="notice notice--warning import-notices" aria-labelledby={titleId}>
      <div className="import-notices__head">
        <h2 id={titleId} className="notice__title">
          {warnings.length > 0 ? t('notices.title', { count: warnings.length }) : t('notices.layoutTitle')}
        </h2>
        <Button size="small" variant="quiet" onClick={onDismiss}>
          {t('notices.dismiss')}
        </Button>
      </div>
      {autoLayout ? <p>{t('import:autoLayout')}</p> : null}
      {warnings.length > listedAtOnce ? (
        <details className="import-notices__all">
          <summary>{t('notices.showAll', { count: warnings.length })}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
