// What the import of this diagram reported: the warnings as a readable list and a note when its
// layout was generated. Stays until the user closes it; never swallowed.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

export interface ImportNoticesProps {
  warnings: readonly string[];
  autoLayout: boolean;
  onDismiss: () => void;
}

export function ImportNotices({ warnings, autoLayout, onDismiss }: ImportNoticesProps) {
  const { t } = useTranslation(['editor', 'import']);
  const titleId = useId();
  if (warnings.length === 0 && !autoLayout) return null;
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
      {warnings.length > 0 ? (
        <ul className="warning-list">
          {warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
