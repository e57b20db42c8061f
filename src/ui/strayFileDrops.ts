// The page-wide guard against a file let go where nothing takes it (the page header, the margins,
// the editor): Chromium would open the file in the tab, and the person would leave the app with
// their work. Outside a drop zone such a drag shows the "no drop" cursor and its drop does nothing;
// a drop zone (FileDrop) cancels the browser's handling itself and is left as it is, as are drags
// of text.

/** Whether a drag carries files (not text); React's drag events qualify as well as the DOM's. */
export function carriesFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

function refuseStrayFile(event: DragEvent): void {
  // a drop zone below took it already
  if (event.defaultPrevented || !carriesFiles(event)) return;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
}

/** Keeps files dropped outside every drop zone from leaving the app; returns the release. */
export function guardStrayFileDrops(target: Window): () => void {
  target.addEventListener('dragover', refuseStrayFile);
  target.addEventListener('drop', refuseStrayFile);
  return () => {
    target.removeEventListener('dragover', refuseStrayFile);
    target.removeEventListener('drop', refuseStrayFile);
  };
}
