import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Browser } from "./browser";

describe("the built app in Chromium", () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b.close();
  });

  it("loads, names itself and requests nothing but its own files", async () => {
    const base = inject("baseURL");
    await b.page.goto(base);
    await expect.poll(() => b.page.title()).toContain("Minimum-qualification screener");
    await b.page.getByRole("navigation", { name: "Views" }).waitFor();
    const foreign = b.requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(foreign).toEqual([]);
  });

  it("the skip link moves focus to the main content and keeps the current view", async () => {
    await b.page.goto(`${inject("baseURL")}#/pool`);
    await b.page.getByRole("navigation", { name: "Views" }).waitFor();
    // The skip link is the first stop when tabbing into the page.
    await b.page.mouse.click(5, 300);
    await b.page.keyboard.press("Tab");
    await expect.poll(() => b.page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await b.page.keyboard.press("Enter");
    await expect.poll(() => b.page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(new URL(b.page.url()).hash).toBe("#/pool");
  });
});
