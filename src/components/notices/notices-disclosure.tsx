/**
 * "Notices to applicants" as a closed disclosure: the settings, the letters
 * and their catalogs load only when the officer opens it, so a view that
 * offers notices costs nothing until they are wanted.
 */
import { lazy, Suspense, useState } from "react";
import type { NoticesPanelProps } from "./notices-panel";
import "./notices-disclosure.css";

const NoticesPanelBody = lazy(() => import("./notices-panel").then((m) => ({ default: m.NoticesPanelBody })));

export function NoticesPanel(props: NoticesPanelProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="notices-panel no-print" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Notices to applicants</summary>
      {open && (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <NoticesPanelBody {...props} />
        </Suspense>
      )}
    </details>
  );
}
