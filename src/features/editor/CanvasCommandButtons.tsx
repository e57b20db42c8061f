// The toolbar's ways to model without a pointer, which bpmn-js offers only by mouse (palette, context
// pad): "Aufgabe anfügen" appends a task after the selected element or the diagram's open end and
// opens its label; "Aktionen" opens the selected element's context-pad actions as a menu
// (append a gateway or an event, lanes, change the type, delete, connect), and closed unused, the
// menu gives the button the focus back. When the canvas cannot do it (nothing to append to, nothing
// selected), a toast says why and nothing changes. Both are disabled in a tab that only reads.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasApi } from '../../bpmn/BpmnCanvas';
import { useAppActions } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { useReadOnly } from '../../ui/readOnly';

interface CanvasCommandButtonProps {
  api: CanvasApi | null;
  /** runs the command, pressed on `button`; false when the canvas could not */
  run: (api: CanvasApi, button: HTMLElement) => boolean;
  /** i18n keys (namespace editor) of the label, its hint and the message when it could not run */
  labelKey: string;
  hintKey: string;
  impossibleKey: string;
}

function CanvasCommandButton({ api, run, labelKey, hintKey, impossibleKey }: CanvasCommandButtonProps) {
  const { t } = useTranslation('editor');
  const actions = useAppActions();
  const readOnly = useReadOnly();
  const press = (event: MouseEvent<HTMLButtonElement>) => {
    if (api && !run(api, event.currentTarget)) actions.showToast({ messageKey: `editor:${impossibleKey}` });
  };
  return (
    <Button size="small" onClick={press} disabled={!api || readOnly} title={t(hintKey)}>
      {t(labelKey)}
    </Button>
  );
}

export function AppendTaskButton({ api }: { api: CanvasApi | null }) {
  return <CanvasCommandButton api={api} run={(canvas) => canvas.appendTask()} labelKey="toolbar.appendTask" hintKey="toolbar.appendTaskHint" impossibleKey="toolbar.appendTaskImpossible" />;
}

export function ElementActionsButton({ api }: { api: CanvasApi | null }) {
  return (
    <CanvasCommandButton
      api={api}
      run={(canvas, button) => canvas.openElementActions(button)}
      labelKey="toolbar.elementActions"
      hintKey="toolbar.elementActionsHint"
      impossibleKey="toolbar.elementActionsImpossible"
    />
  );
}
