/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type PluginOption, type UserConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { BUILTIN_QUALIFICATION_FILES } from "./src/builtin-qualifications.ts";
import { BUILTIN_QUALIFICATIONS_ELEMENT } from "./src/builtin-element.ts";

/**
 * Put the built-in qualification files into the page as data (a JSON script
 * element read by src/builtin-catalog.ts) rather than into its JavaScript.
 */
export function builtinQualificationsInPage(): Plugin {
  return {
    name: "screener:builtin-qualifications",
    transformIndexHtml() {
      // "<" escaped so no text in the data can close the script element.
      const json = JSON.stringify(BUILTIN_QUALIFICATION_FILES).replace(/</g, "\\u003c");
      return [{ tag: "script", attrs: { type: "application/json", id: BUILTIN_QUALIFICATIONS_ELEMENT }, children: json, injectTo: "head" }];
    },
  };
}

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

const WORKER_URL_RE = /\bnew\s+(Worker|SharedWorker)\s*\(\s*new\s+URL\s*\(\s*(['"])([^'"`]+)\2\s*,\s*import\.meta\.url\s*,?\s*\)\s*,?/g;
const WORKER_QUERY_RE = /(['"])([^'"`]+)\?(worker|sharedworker)\1/g;

/**
 * Rewrite one module's workers to inline ones; null when it starts none.
 * @example inlineWorkerSource('new Worker(new URL("./w.ts", import.meta.url))') // imports "./w.ts?worker&inline"
 */
export function inlineWorkerSource(code: string): string | null {
  const imports: string[] = [];
  let changed = false;
  let out = code.replace(WORKER_URL_RE, (_match, ctor: string, _quote: string, url: string) => {
    const name = `__inlineWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${url}?${ctor === "SharedWorker" ? "sharedworker" : "worker"}&inline`)};`);
    changed = true;
    // The options (if any) stay as the wrapper's argument: Vite's wrapper reads `name`, and `new` on it returns the worker.
    return `new ${name}(`;
  });
  out = out.replace(WORKER_QUERY_RE, (_match, quote: string, url: string, kind: string) => {
    changed = true;
    return `${quote}${url}?${kind}&inline${quote}`;
  });
  if (!changed) return null;
  return `${imports.join("\n")}${imports.length ? "\n" : ""}${out}`;
}

/**
 * For the single-file build: put every web worker inside the page.
 *
 * A page opened from disk (file://) has an opaque origin, and Chromium refuses
 * to start a worker from a separate file:// script ("cannot be accessed from
 * origin 'null'"). Vite can inline a worker (`?worker&inline`: its code is
 * bundled into the page and started from a blob: URL, or a data: URL if blobs
 * are refused), but only when asked per import. This plugin asks for every
 * worker, so feature code keeps the ordinary forms and needs no single-file
 * branch:
 *
 *   new Worker(new URL("./screen.worker.ts", import.meta.url), { type: "module" })
 *   import ScreenWorker from "./screen.worker.ts?worker"
 */
export function inlineWorkers(): Plugin {
  return {
    name: "screener:inline-workers",
    enforce: "pre",
    apply: "build",
    transform(code, id) {
      if (id.includes("/node_modules/") || !/\.[cm]?[jt]sx?$/.test(id.split("?")[0])) return null;
      const out = inlineWorkerSource(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}

const INLINE_CODE_RE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/**
 * A page's Content-Security-Policy with its own inline scripts allowed by
 * their SHA-256 hashes (CSP level 2), so scripts need no 'unsafe-inline'.
 * Data scripts (`type="application/json"`) are never executed and need no
 * hash. Styles keep the page's own policy: the printed report writes its
 * running footer (applicant, date, "Page 1 of 3") into a `<style>` element
 * made for each report, which no hash computed at build time could allow.
 * @example allowInlineByHash("<meta http-equiv=...><script>go()</script>") // script-src gains 'sha256-...'
 */
export function allowInlineByHash(html: string): string {
  const hashes: string[] = [];
  for (const [, tag, attrs, body] of html.matchAll(INLINE_CODE_RE)) {
    if (tag.toLowerCase() !== "script" || /\bsrc=/i.test(attrs) || /\btype=["']?application\/json/i.test(attrs)) continue;
    const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_m, open: string, policy: string, close: string) => {
    const directives = policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return name === "script-src" ? [name, ...sources.filter((s) => s !== "'unsafe-inline'"), ...hashes].join(" ") : d.trim();
    });
    return `${open}${directives.join("; ")}${close}`;
  });
}

/** For the single-file build: after every script is inlined, allow exactly those by hash. */
export function inlineCodeByHash(): Plugin {
  return {
    name: "screener:csp-hashes",
    enforce: "post",
    apply: "build",
    // Until the hashes are known, the policy says 'unsafe-inline' (so vite-plugin-singlefile's check passes); the hashes replace it below.
    transformIndexHtml: {
      order: "pre",
      handler: (html) => html.replace(/(script-src 'self')(?=;)/, "$1 'unsafe-inline'"),
    },
    generateBundle: {
      // After vite-plugin-singlefile (also "post") has put the code into the page.
      order: "post",
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === "asset" && file.fileName.endsWith(".html")) file.source = allowInlineByHash(String(file.source));
        }
      },
    },
  };
}

/** `vite build --mode single`: the whole app as one HTML file that works opened from disk (README, "One file for offices"). */
export const SINGLE_FILE_MODE = "single";
export const SINGLE_FILE_DIR = "dist/single";
export const SINGLE_FILE_NAME = "screener.html";

function singleFileBuild(): Pick<UserConfig, "plugins" | "build"> {
  return {
    // Workers first (they must be inlined before Vite bundles them), then every script, style and lazy view into the page.
    plugins: [inlineWorkers(), viteSingleFile({ removeViteModuleLoader: true, outputFileName: SINGLE_FILE_NAME }), inlineCodeByHash()],
    // public/ is not copied: a file beside the page would be lost when the page is emailed, so the page must not need one.
    build: { outDir: SINGLE_FILE_DIR, emptyOutDir: true, sourcemap: false, modulePreload: false, copyPublicDir: false },
  };
}

// One config serves the app (vite / vite build / vite build --mode single) and the tests (vitest).
export default defineConfig(({ mode }) => {
  const single = mode === SINGLE_FILE_MODE ? singleFileBuild() : null;
  const plugins: PluginOption[] = [react(), builtinQualificationsInPage(), ...(single?.plugins ?? [])];
  return {
    plugins,
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    base: "./",
    // The manifest (dist/.vite/manifest.json) says which chunks each page loads at once: the bundle budget reads it.
    build: single?.build ?? {
      outDir: "dist",
      sourcemap: false,
      manifest: true,
      // No preload lists for lazy views (their imports load as they are met): the lists and their
      // helper code were the last ~700 bytes the officer page's first download had to lose to stay
      // within the bundle budget once the form read its words from src/pool/applicant-fields.ts.
      modulePreload: false,
      // React's DOM (react-dom and its scheduler) is a chunk of its own named "client", whatever else the
      // first-loaded page shares with a lazy view (src/lib/today.ts, with date-fns, is shared with the report):
      // the bundle budget test finds React's DOM by that name.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: "client", test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/ },
              // The small shared app modules the officer's page loads at once, in one file rather than a dozen (each file costs its own imports and exports).
              { name: "app-shared", test: /[\\/]src[\\/](lib[\\/](catalog-context|session-store|pending-applicant|comparable-levels|today|applicant-form[\\/](applicant-form-model|form-offers))|pool[\\/]applicant-fields|components[\\/]fields[\\/]fields|engine[\\/](calendar-date|vocabulary))\./ },
            ],
          },
        },
      },
    },
    test: {
      // Tests wait on states, never on time: these limits are only a safety net for a slow, shared
      // machine (every wait defaults to them: expect.poll here, findBy in test/setup.ts, Playwright
      // in test/e2e/browser.ts), never what a test asserts.
      testTimeout: 180_000,
      hookTimeout: 180_000,
      expect: { poll: { timeout: 60_000 } },
      // Both cores: most files spend part of their time waiting (on a child process, a browser, a lazy
      // import), so two at a time finish sooner; the end-to-end files still run one at a time (below).
      maxWorkers: 2,
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
            exclude: ["test/e2e/**", "test/app/**"],
            environment: "node",
            setupFiles: ["test/setup.ts"],
            // Pure functions and child processes only: no module keeps state between files, so one
            // module graph serves every file instead of importing the engine afresh for each.
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            // Components in jsdom (set per file): state that outlives a view lives in session stores, made
            // afresh by each render; a fresh module graph per file keeps files independent all the same.
            name: "app",
            include: ["test/app/**/*.test.ts", "test/app/**/*.test.tsx"],
            environment: "node",
            setupFiles: ["test/setup.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "e2e",
            include: ["test/e2e/**/*.test.ts"],
            environment: "node",
            globalSetup: ["test/e2e/global-setup.ts"],
            // One browser at a time: the machine has two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
