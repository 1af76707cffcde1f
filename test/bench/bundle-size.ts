/**
 * The JavaScript a person's browser downloads before the officer's page can
 * be used: the entry script of dist/index.html and every chunk it imports
 * statically (not the views and parts loaded on demand), gzipped.
 * Run after `vite build`: `tsx test/bench/bundle-size.ts`.
 */
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

export function eagerJavaScript(dist: string): Array<{ file: string; gzip: number }> {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = normalize(queue.shift()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1]));
    }
  }
  return [...seen].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = eagerJavaScript(join(import.meta.dirname, "..", "..", "dist"));
  for (const f of files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(6)} KiB  ${f.file}`);
  console.log(`${(files.reduce((a, f) => a + f.gzip, 0) / 1024).toFixed(1).padStart(6)} KiB  in all (budget: 100 KiB)`);
}
