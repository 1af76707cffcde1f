/**
 * The JavaScript a person's browser downloads before the officer's page can
 * be used: the entry script of dist/index.html and every chunk it imports
 * statically (not the views and parts loaded on demand), gzipped.
 * Run after `vite build`: `tsx test/bench/bundle-size.ts`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** A chunk in Vite's build manifest (dist/.vite/manifest.json, written because vite.config.ts sets build.manifest). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  /** Manifest keys of the chunks it imports statically (not `import()`, which are dynamicImports). */
  imports?: string[];
}

export function eagerJavaScript(dist: string): Array<{ file: string; gzip: number }> {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const queue = Object.keys(manifest).filter((key) => manifest[key].isEntry && key === "index.html");
  while (queue.length) {
    const key = queue.shift()!;
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...(manifest[key].imports ?? []));
  }
  const files = [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"));
  return files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = eagerJavaScript(join(import.meta.dirname, "..", "..", "dist"));
  for (const f of files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(6)} KiB  ${f.file}`);
  console.log(`${(files.reduce((a, f) => a + f.gzip, 0) / 1024).toFixed(1).padStart(6)} KiB  in all (budget: 100 KiB)`);
}
