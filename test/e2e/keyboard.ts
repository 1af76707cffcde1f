/**
 * Keyboard-only helpers for end-to-end tests: move by Tab to a control named
 * as a person would read it, choose radios with the arrow keys, tick with
 * Space, and check each state with axe.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { axe, describeViolations } from "./browser";

/** What has focus: its tag, type and accessible-ish name (label, or text). */
export async function focusedName(page: Page): Promise<{ tag: string; type: string; name: string; checked: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return { tag: "", type: "", name: "", checked: false };
    const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? el.textContent ?? "";
    return { tag: el.tagName.toLowerCase(), type: el.type ?? "", name: label.replace(/\s+/g, " ").trim(), checked: !!el.checked };
  });
}

/** Press Tab until the control named `name` (of `tag`/`type`) has focus. */
export async function tabTo(page: Page, name: string | RegExp, kind: { tag?: string; type?: string } = {}): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const f = await focusedName(page);
    const named = typeof name === "string" ? f.name === name : name.test(f.name);
    if (named && (!kind.tag || f.tag === kind.tag) && (!kind.type || f.type === kind.type)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

export const press = async (page: Page, name: string): Promise<void> => {
  await tabTo(page, name, { tag: "button" });
  await page.keyboard.press("Enter");
};

export async function chooseRadio(page: Page, first: string | RegExp, wanted: string | RegExp): Promise<void> {
  await tabTo(page, first, { type: "radio" });
  for (let i = 0; i < 10; i++) {
    const f = await focusedName(page);
    if (typeof wanted === "string" ? f.name === wanted : wanted.test(f.name)) {
      if (!f.checked) await page.keyboard.press("Space");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`No radio ${String(wanted)}`);
}

export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, name, { tag: "input" });
  await page.keyboard.type(text);
}

export async function tick(page: Page, name: string): Promise<void> {
  await tabTo(page, name, { type: "checkbox" });
  await page.keyboard.press("Space");
}

export async function noViolations(page: Page, state: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

