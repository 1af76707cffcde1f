/**
 * End-to-end setup: build the app once and serve dist/ on a free loopback
 * port with Vite's preview server. Tests get the address with inject("baseURL").
 */
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Build what ships: vitest sets NODE_ENV=test, which would give React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ logLevel: "warn", mode: "production" });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "warn" });
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : 4173;
  project.provide("baseURL", `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((resolve) => server!.httpServer.close(() => resolve()));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}
