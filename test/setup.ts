import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/dom";
import { afterEach } from "vitest";

// findBy and waitFor wait for a state; their limit is only a safety net for a busy machine (a lazily
// loaded part can take seconds there), never what a test asserts.
configure({ asyncUtilTimeout: 60_000 });

// Settings kept in the browser (agency policy choices) must not leak from one test to the next.
afterEach(() => {
  if (typeof localStorage !== "undefined") localStorage.clear();
});
