import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/dom";

// findBy and waitFor wait for a state; their limit is only a safety net for a busy machine (a lazily
// loaded part can take seconds there), never what a test asserts.
configure({ asyncUtilTimeout: 60_000 });
