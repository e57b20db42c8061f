// Hands a file to the browser's download: a Blob URL on a temporary <a download>, released after.
export function downloadFile(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // give the browser time to start the download before the URL goes away
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
