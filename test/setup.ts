import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";

// Settings kept in the browser (agency policy choices) must not leak from one test to the next.
afterEach(() => {
  if (typeof localStorage !== "undefined") localStorage.clear();
});
