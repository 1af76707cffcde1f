/**
 * Saving text as a file through the browser's download, for every view that
 * offers one (an applicant file, the pool template, the pool's results). The
 * file is made from a blob: URL in the page, so nothing leaves the machine.
 */

/**
 * Start a download of `text` as a file called `fileName`.
 * @example downloadText("results.csv", "applicant_id\r\nA-1\r\n", "text/csv;charset=utf-8")
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
