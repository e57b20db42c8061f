// The process data a report needs beyond the diagram: workshop date, participants, the OZG maturity
// today and as target (0–7), and the process's status (Entwurf / im Workshop / bewertet, set here
// where the Lotse works, as on the workspace's card). As "Prozessdaten" it only saves them; as
// "Bericht erstellen" it also picks the heatmap shown in the report and creates the report, as a
// download or in a new tab to print or save as PDF. Fields are checked before anything is saved. In
// a tab that only reads the fields show the stored data, as the writing tab changes it, disabled;
// nothing is saved, and the report is made from the stored data.
// When the tab stops writing while it is open, what was typed is kept for the tab's banner to show
// (recovery/lostInput).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shallow } from 'zustand/vanilla/shallow';
import { heatmapMetrics } from '../../bpmn/heatmap/heatmapScale';
import type { HeatmapMetric } from '../../bpmn/heatmap/heatmapScale';
import { processStatuses } from '../../domain/assessment';
import type { OzgLevel, Process, ProcessStatus } from '../../domain/assessment';
import { isCalendarDay } from '../../domain/calendarDay';
import type { ProcessChanges } from '../../state/appState';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { WriteControls, useReadOnly } from '../../ui/readOnly';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { uiLanguage } from '../../i18n/uiLocale';
import { useInputKeptIfTabStops } from '../recovery/lostInput';
import { formatDay } from '../settings/formatDateTime';

export type ReportTarget = 'download' | 'tab';

export interface ProcessDataDialogProps {
  process: Process;
  /** 'data' only saves the fields; 'report' saves them and creates the report */
  mode: 'data' | 'report';
  /** the heatmap preselected for the report */
  metric: HeatmapMetric;
  onSave: (changes: ProcessChanges) => void;
  /** called after onSave in 'report' mode, synchronously within the click (a new tab needs that) */
  onCreateReport?: (target: ReportTarget, metric: HeatmapMetric) => void;
  onClose: () => void;
}

const ozgLevels: readonly OzgLevel[] = [0, 1, 2, 3, 4, 5, 6, 7];

interface Fields {
  status: ProcessStatus;
  workshopDate: string;
  participants: string;
  ozgLevel: string;
  ozgTarget: string;
}

function fieldsOf(process: Process): Fields {
  return {
    status: process.status,
    workshopDate: process.workshopDate ?? '',
    participants: process.participants ?? '',
    ozgLevel: process.ozgLevel === undefined ? '' : String(process.ozgLevel),
    ozgTarget: process.ozgTarget === undefined ? '' : String(process.ozgTarget),
  };
}

function levelOf(text: string): OzgLevel | undefined {
  return text === '' ? undefined : (Number(text) as OzgLevel);
}

export function ProcessDataDialog({ process, mode, metric: initialMetric, onSave, onCreateReport, onClose }: ProcessDataDialogProps) {
  const { t, i18n } = useTranslation(['exchange', 'heatmap', 'common']);
  const dateId = useId();
  const [initial] = useState<Fields>(() => fieldsOf(process));
  const [fields, setFields] = useState<Fields>(initial);
  const [metric, setMetric] = useState<HeatmapMetric>(initialMetric);
  const [showErrors, setShowErrors] = useState(false);
  const readOnly = useReadOnly();
  // what the fields show: what is typed, or in a tab that only reads, the process data as stored now
  const shown = readOnly ? fieldsOf(process) : fields;
  const update = (changes: Partial<Fields>) => setFields((current) => ({ ...current, ...changes }));

  const dateError = fields.workshopDate !== '' && !isCalendarDay(fields.workshopDate) ? t('processData.dateInvalid') : undefined;
  const targetError =
    fields.ozgLevel !== '' && fields.ozgTarget !== '' && Number(fields.ozgTarget) < Number(fields.ozgLevel) ? t('processData.targetBelowLevel') : undefined;
  const levelOptions = [{ value: '', label: t('processData.ozgNone') }, ...ozgLevels.map((level) => ({ value: String(level), label: t('processData.ozgOption', { level }) }))];
  const levelLabel = (value: string) => levelOptions.find((option) => option.value === value)?.label ?? value;
  const title = mode === 'report' ? t('report.dialogTitle', { name: process.name }) : t('processData.title', { name: process.name });
  useInputKeptIfTabStops(
    shallow(fields, initial)
      ? undefined
      : {
          title,
          fields: [
            { label: t('processData.workshopDate'), value: formatDay(fields.workshopDate, uiLanguage(i18n.language)) },
            { label: t('processData.participants'), value: fields.participants },
            { label: t('processData.ozgLevel'), value: levelLabel(fields.ozgLevel) },
            { label: t('processData.ozgTarget'), value: levelLabel(fields.ozgTarget) },
            { label: t('processData.status'), value: t(`common:status.${fields.status}`) },
          ],
        },
  );

  /** saves the fields when they are valid; false when an error is shown instead */
  const save = (): boolean => {
    if (readOnly) return true;
    if (dateError || targetError) {
      setShowErrors(true);
      return false;
    }
    onSave({
      status: fields.status,
      workshopDate: fields.workshopDate === '' ? undefined : fields.workshopDate,
      participants: fields.participants.trim() === '' ? undefined : fields.participants.trim(),
      ozgLevel: levelOf(fields.ozgLevel),
      ozgTarget: levelOf(fields.ozgTarget),
    });
    return true;
  };
  const create = (target: ReportTarget) => {
    if (save()) onCreateReport?.(target, metric);
  };

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      onSubmit={() => (mode === 'report' ? create('download') : save() && onClose())}
      className="dialog--wide"
      actions={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          {mode === 'report' ? (
            <>
              <Button onClick={() => create('tab')}>{t('report.openInTab')}</Button>
              <Button type="submit" variant="primary">
                {t('report.download')}
              </Button>
            </>
          ) : (
            <Button type="submit" variant="primary" disabled={readOnly}>
              {t('common:actions.save')}
            </Button>
          )}
        </>
      }
    >
      {mode === 'report' ? <p>{t('report.intro')}</p> : null}
      <WriteControls className="exchange__fieldset">
        <legend>{t('processData.legend')}</legend>
        <div className="field">
          <label htmlFor={dateId} className="field__label">
            {t('processData.workshopDate')}
          </label>
          <input
            id={dateId}
            type="date"
            className="field__input"
            value={shown.workshopDate}
            data-autofocus
            aria-invalid={showErrors && dateError ? true : undefined}
            aria-describedby={showErrors && dateError ? `${dateId}-error` : undefined}
            onChange={(event) => update({ workshopDate: event.target.value })}
          />
          {showErrors && dateError ? (
            <p id={`${dateId}-error`} className="field__error">
              {dateError}
            </p>
          ) : null}
        </div>
        <TextField
          label={t('processData.participants')}
          hint={t('processData.participantsHint')}
          value={shown.participants}
          onChange={(participants) => update({ participants })}
          multiline
          rows={2}
        />
        <SelectField label={t('processData.ozgLevel')} hint={t('processData.ozgLevelHint')} value={shown.ozgLevel} options={levelOptions} onChange={(ozgLevel) => update({ ozgLevel })} />
        <SelectField label={t('processData.ozgTarget')} value={shown.ozgTarget} options={levelOptions} onChange={(ozgTarget) => update({ ozgTarget })} />
        {showErrors && targetError ? (
          <p role="alert" className="field__error">
            {targetError}
          </p>
        ) : null}
        <SelectField
          label={t('processData.status')}
          hint={t('processData.statusHint')}
          value={shown.status}
          options={processStatuses.map((status) => ({ value: status, label: t(`common:status.${status}`) }))}
          onChange={(status) => update({ status: status as ProcessStatus })}
        />
      </WriteControls>
      {mode === 'report' ? (
        <SelectField
          label={t('report.metric')}
          hint={t('report.metricHint')}
          value={metric}
          options={heatmapMetrics.map((value) => ({ value, label: t(`heatmap:metric.${value}`) }))}
          onChange={(value) => setMetric(value as HeatmapMetric)}
        />
      ) : null}
    </Dialog>
  );
}
