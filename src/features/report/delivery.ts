// How a made file reaches the user: a download, with a toast naming the file; and the one-line
// detail of a failure that the export and backup dialogs put into their messages.
import type { AppState } from '../../state/appState';
import { downloadFile } from '../editor/downloadFile';
import type { ExportFile } from './processExports';

/** Downloads the file and says so in a toast. */
export function deliverFile(file: ExportFile, actions: Pick<AppState['actions'], 'showToast'>): void {
  downloadFile(file.content, file.fileName, file.type);
  actions.showToast({ messageKey: 'exchange:toast.downloaded', values: { file: file.fileName } });
}

/** The error's message (or the thrown value as text), for a failure message's detail. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
