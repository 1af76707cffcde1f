/**
 * Putting one thing on paper: it is rendered into a host directly under
 * <body> (print.css hides everything else when printing), stays there until
 * the browser says printing ended (`afterprint`), and only one such thing is
 * ever there. The report and the notice letters both print through here.
 */
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

/** The class of the host now on paper; a report's Ctrl+P handler looks for it to know something else is being printed. */
export const ON_PAPER = "report-print-now";

/** Removes what is now on paper, if anything. */
let removeMounted: (() => void) | null = null;

/** Render `content` into `host` now; returns what unmounts it. */
export function renderInto(host: HTMLElement, content: ReactNode): () => void {
  const root = createRoot(host);
  flushSync(() => root.render(content));
  return () => root.unmount();
}

/**
 * Put `content` under <body> as the only thing on paper, in a host of class
 * `className` (and ON_PAPER); returns what removes it, which printing's end also does.
 */
export function putOnPaper(className: string, content: ReactNode): () => void {
  const host = paperHost(className);
  return keepOnPaper(host, renderInto(host, content));
}

/** An empty host under <body> for what goes on paper next; whatever was there before is removed. */
export function paperHost(className: string): HTMLElement {
  removeFromPaper();
  for (const old of document.querySelectorAll(`.${ON_PAPER}`)) old.remove();
  const host = document.createElement("div");
  host.className = `${className} ${ON_PAPER}`;
  document.body.append(host);
  return host;
}

/** Keep a filled host on paper until printing ends (or it is removed); returns what removes it. */
export function keepOnPaper(host: HTMLElement, unmount: () => void): () => void {
  let done = false;
  const remove = (): void => {
    if (done) return;
    done = true;
    if (removeMounted === remove) removeMounted = null;
    window.removeEventListener("afterprint", remove);
    unmount();
    host.remove();
  };
  // Chromium and Firefox fire afterprint when the print dialog closes (printed or cancelled).
  window.addEventListener("afterprint", remove);
  removeMounted = remove;
  return remove;
}

/** Remove what waits on paper for a printer that never said it finished (leaving a view). */
export function removeFromPaper(): void {
  removeMounted?.();
}

/** Open the browser's print, naming the printout (the browser offers the title as the PDF's file name). */
export function printWithTitle(title: string): void {
  const before = document.title;
  document.title = title;
  try {
    window.print();
  } finally {
    document.title = before;
  }
}
