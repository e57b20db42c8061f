// Shows a generated report in a new browser tab, where the user prints it or saves it as PDF. The
// tab is opened at once, inside the click (browsers block tabs opened later), and gets the report
// when it is ready; it cannot reach back into the app (no opener). The report has no scripts.

/** How long the report's address stays valid after it was shown (a reload in the tab needs it). */
const keepUrlMs = 10 * 60_000;

export interface PendingTab {
  /** loads the report into the tab */
  show(html: string): void;
  /** closes the tab when the report could not be made */
  cancel(): void;
}

/** Opens an empty tab; undefined when the browser blocked it. Call it synchronously in a click. */
export function openPendingTab(target: Window = window): PendingTab | undefined {
  const tab = target.open('', '_blank');
  if (!tab) return undefined;
  tab.opener = null;
  return {
    show(html) {
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      tab.location.href = url;
      target.setTimeout(() => URL.revokeObjectURL(url), keepUrlMs);
    },
    cancel() {
      tab.close();
    },
  };
}
