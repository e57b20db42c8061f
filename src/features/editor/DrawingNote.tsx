// The note over the empty canvas while a diagram is drawn ("Das Diagramm wird gezeichnet …"): a
// large model takes seconds, and the canvas would stay empty without a word. It shows only once the
// drawing has taken a while, so a quick drawing does not flash it; a polite status announces it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long drawing may take before the canvas says it is drawing. */
export const drawingNoteAfterMs = 700;

export function DrawingNote() {
  const { t } = useTranslation('editor');
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), drawingNoteAfterMs);
    return () => clearTimeout(timer);
  }, []);
  return shown ? (
    <p role="status" className="editor__canvas-hint editor__canvas-hint--drawing">
      {t('canvas.drawing')}
    </p>
  ) : null;
}
