/**
 * The one error summary, after GOV.UK Frontend's: on a failed action a box
 * titled "There is a problem" lists each error as a link to its field, and
 * takes focus so keyboard and screen reader users land on it. A link moves
 * focus to its field and brings the field's question (legend or label) into
 * view. The same words appear next to the field (`id-error` in its
 * `aria-describedby`); that part is the caller's.
 *
 *   <ErrorSummary items={[{ target: "file-input", text: "Choose a file" }]} focusKey={failures} />
 */
import { useEffect, useRef, type MouseEvent, type ReactNode, type Ref } from "react";

export interface ErrorSummaryItem {
  /** The id of the field (or group, or place) the error is about; the link moves focus there. */
  target: string;
  text: ReactNode;
  /** A React key when the same target and text can repeat. */
  key?: string;
}

export interface ErrorSummaryProps {
  items: ErrorSummaryItem[];
  /** "There is a problem" unless the page is in another language. */
  title?: string;
  /** The box's id; its heading is `${id}-title`. One summary per page keeps the default. */
  id?: string;
  className?: string;
  /**
   * When given, the box takes focus each time this value changes while it is
   * shown (each failed action), and not merely because it appeared: a form
   * that checks as the user types must not pull focus away from the field.
   * When left out, the box takes focus whenever it appears.
   */
  focusKey?: unknown;
  /** As GOV.UK Frontend's `disableAutoFocus`: the caller moves focus itself, through `ref`. */
  disableAutoFocus?: boolean;
  ref?: Ref<HTMLDivElement>;
}

/** The legend or label that asks for this control, as GOV.UK Frontend finds it. */
function questionOf(control: HTMLElement): HTMLElement | null {
  const legend = control.closest("fieldset")?.querySelector("legend");
  if (legend) {
    const type = control.getAttribute("type");
    if (type === "checkbox" || type === "radio") return legend;
    // The legend only if the control is still on screen with it.
    const legendTop = legend.getBoundingClientRect().top;
    if (legendTop + control.getBoundingClientRect().height < window.innerHeight) return legend;
  }
  const labels = (control as HTMLInputElement).labels;
  return labels?.[0] ?? control.closest("label");
}

/**
 * Move focus to the element with this id (a group's first control, as its
 * legend would), its question scrolled into view. False when there is no such
 * element. The URL hash is left alone: it names the view.
 */
export function focusTarget(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = (target instanceof HTMLFieldSetElement && target.querySelector<HTMLElement>("input, select, textarea")) || target;
  const question = questionOf(control) ?? control.closest<HTMLElement>(".field") ?? control;
  question.scrollIntoView?.({ block: "start" });
  control.focus({ preventScroll: true });
  return true;
}

export function ErrorSummary({ items, title = "There is a problem", id = "error-summary", className, focusKey, disableAutoFocus = false, ref }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const shown = items.length > 0;
  const keyed = focusKey !== undefined;
  useEffect(() => {
    if (shown && !disableAutoFocus && (!keyed || focusKey)) box.current?.focus();
    // Keyed: on each change of the key (and not for 0, "no failure yet"); otherwise when the box appears.
  }, [keyed ? focusKey : shown]);
  if (!shown) return null;
  const setBox = (el: HTMLDivElement | null): void => {
    box.current = el;
    if (typeof ref === "function") ref(el);
    else if (ref) ref.current = el;
  };
  const go = (event: MouseEvent<HTMLAnchorElement>, target: string): void => {
    if (focusTarget(target)) event.preventDefault();
  };
  return (
    <div id={id} ref={setBox} className={className ? `error-summary ${className}` : "error-summary"} role="alert" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key ?? `${item.target}:${String(item.text)}`}>
            <a href={`#${item.target}`} onClick={(e) => go(e, item.target)}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
