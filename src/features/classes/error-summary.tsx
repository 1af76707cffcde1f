import type { MouseEvent, Ref } from "react";

export interface SummaryItem {
  /** The id of the element the error is about; the link moves focus there. */
  target: string;
  text: string;
}

/** Focus an element by id without changing the URL hash (the hash names the view). */
function focusById(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView?.({ block: "center" });
  el.focus();
}

/**
 * The GOV.UK error summary: "There is a problem", each error a link to the
 * place it is about. The caller focuses it after a failed action.
 */
export function ErrorSummary({ items, ref }: { items: SummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  if (items.length === 0) return null;
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string): void => {
    e.preventDefault();
    focusById(id);
  };
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="classes-error-summary-title">
      <h2 id="classes-error-summary-title">There is a problem</h2>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            <a href={`#${item.target}`} onClick={(e) => go(e, item.target)}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
