// The editor's safety net: an error thrown while the editor renders or in one of its effects (the
// modeller, the heatmap on the canvas) shows a message with the error in place of the editor; without
// it React unmounts the whole app and leaves the page blank. React reports the error on the console
// as well. The process in the store is untouched: "Editor neu laden" mounts the editor again from it.
import { Component } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { errorDetail } from '../report/delivery';

function EditorFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('editor');
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{t('crashed.title')}</p>
      <p>{t('crashed.text')}</p>
      <p>{t('crashed.detail', { detail: errorDetail(error) })}</p>
      <Button size="small" onClick={onRetry}>
        {t('crashed.retry')}
      </Button>
    </div>
  );
}

interface EditorErrorBoundaryState {
  /** the error caught, wrapped: anything can be thrown, undefined too */
  caught: { error: unknown } | null;
}

export class EditorErrorBoundary extends Component<{ children: ReactNode }, EditorErrorBoundaryState> {
  state: EditorErrorBoundaryState = { caught: null };

  static getDerivedStateFromError(error: unknown): EditorErrorBoundaryState {
    return { caught: { error } };
  }

  private readonly retry = () => this.setState({ caught: null });

  render() {
    const { caught } = this.state;
    return caught ? <EditorFailure error={caught.error} onRetry={this.retry} /> : this.props.children;
  }
}
