// One process in the workspace list: its name as the link into the editor, Lotse, status,
// description, created and changed dates, and its actions: the status, "Öffnen", "Angaben ändern"
// (the dialog of name, Amt, Lotse, description and status, which is not the editor's
// "Prozessdaten"), duplicate and delete, which a tab that only reads shows disabled (all but
// "Öffnen", a link). "Öffnen" is the name's link once more, for a beginner who looks for it among
// the actions: a link like any other, named as it reads, so that a keyboard reaches what the eye
// sees and speech input finds it by its word (a QA re-check: hidden from both, it was a button
// that Tab skipped); the card, named by the process, gives it its context.
// The name's link and the "Angaben ändern" button have ids of the process's, for the focus to come
// to them after an undone deletion and after editing.
import { useTranslation } from 'react-i18next';
import { processStatuses } from '../../domain/assessment';
import { dateTimeFormat } from '../../i18n/dateTimeFormat';
import type { Process, ProcessStatus } from '../../domain/assessment';
import { Button } from '../../ui/Button';
import { WriteControls } from '../../ui/readOnly';
import { SelectField } from '../../ui/SelectField';

export interface ProcessCardProps {
  process: Process;
  href: string;
  onStatus: (status: ProcessStatus) => void;
  onEdit: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** The id of the link that opens a process (its name). */
export function processLinkId(processId: string): string {
  return `process-${processId}-link`;
}

/** The id of a process's "Angaben ändern" button. */
export function processEditButtonId(processId: string): string {
  return `process-${processId}-edit`;
}

export function ProcessCard({ process, href, onStatus, onEdit, onDuplicate, onDelete }: ProcessCardProps) {
  const { t, i18n } = useTranslation(['workspace', 'common']);
  const date = dateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const dateTime = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article className="process-card" aria-labelledby={`process-${process.id}`}>
      <div className="process-card__head">
        <h3 className="process-card__name" id={`process-${process.id}`}>
          <a id={processLinkId(process.id)} href={href}>
            {process.name}
          </a>
        </h3>
        <span className={`status-badge status-badge--${process.status}`}>{t(`common:status.${process.status}`)}</span>
      </div>
      {process.description ? <p className="process-card__description">{process.description}</p> : null}
      <dl className="process-card__facts">
        <div>
          <dt>{t('process.lotse')}</dt>
          <dd>{process.lotse || t('process.noLotse')}</dd>
        </div>
        <div>
          <dt>{t('process.created')}</dt>
          <dd>
            <time dateTime={process.createdAt}>{date.format(new Date(process.createdAt))}</time>
          </dd>
        </div>
        <div>
          <dt>{t('process.updated')}</dt>
          <dd>
            <time dateTime={process.updatedAt}>{dateTime.format(new Date(process.updatedAt))}</time>
          </dd>
        </div>
      </dl>
      <WriteControls className="process-card__actions">
        <SelectField
          label={t('process.status')}
          ariaLabel={t('process.statusOf', { name: process.name })}
          value={process.status}
          options={processStatuses.map((status) => ({ value: status, label: t(`common:status.${status}`) }))}
          onChange={(status) => onStatus(status as ProcessStatus)}
          className="field--inline"
        />
        <a className="button button--small" href={href}>
          {t('process.open')}
        </a>
        <Button id={processEditButtonId(process.id)} size="small" onClick={onEdit} aria-label={t('process.editOf', { name: process.name })}>
          {t('process.edit')}
        </Button>
        <Button size="small" onClick={onDuplicate} aria-label={t('process.duplicateOf', { name: process.name })}>
          {t('process.duplicate')}
        </Button>
        <Button size="small" variant="danger" onClick={onDelete} aria-label={t('process.deleteOf', { name: process.name })}>
          {t('common:actions.delete')}
        </Button>
      </WriteControls>
    </article>
  );
}
