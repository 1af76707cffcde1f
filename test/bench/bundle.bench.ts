/**
 * The officer's page's first download (issue 3): builds the app for
 * production and sums the gzipped JavaScript it loads before it is usable.
 */
import { join } from "node:path";
import { build } from "vite";
import { eagerJavaScript } from "./bundle-size";

export default async function bench(): Promise<void> {
  process.env.NODE_ENV = "production";
  await build({ logLevel: "silent", mode: "production" });
  const files = eagerJavaScript(join(import.meta.dirname, "..", "..", "dist"));
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`first download of the officer's page: ${(total / 1024).toFixed(1)} KiB of gzipped JavaScript in ${files.length} files (budget: 100 KiB)`);
}
