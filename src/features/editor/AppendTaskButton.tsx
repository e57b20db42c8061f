// The toolbar's "Aufgabe anfügen": adds a step without a pointer (bpmn-js offers that only by mouse).
// The canvas appends the task after the selected element or the diagram's open end and opens its
// label for typing; a diagram with nothing to append to says so in a toast and stays unchanged.
import { useTranslation } from 'react-i18next';
import type { CanvasApi } from '../../bpmn/BpmnCanvas';
import { useAppActions } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';

interface AppendTaskButtonProps {
  api: CanvasApi | null;
}

export function AppendTaskButton({ api }: AppendTaskButtonProps) {
  const { t } = useTranslation('editor');
  const actions = useAppActions();
  const append = () => {
    if (!api) return;
    if (!api.appendTask()) actions.showToast({ messageKey: 'editor:toolbar.appendTaskImpossible' });
  };
  return (
    <Button size="small" onClick={append} disabled={!api} title={t('toolbar.appendTaskHint')}>
      {t('toolbar.appendTask')}
    </Button>
  );
}
