// ESLint flat config. Besides typescript-eslint's recommended rules, it
// enforces the app's layers (docs/architecture.md), each importing only from
// the layers below it:
//
//   src/engine <- src/pool <- src/lib, src/i18n <- src/components
//     <- src/features/* <- src/app, src/main.tsx (and src/cli, beside the app)
//
// and that no feature imports another feature. The zones follow
// bulletproof-react's `import/no-restricted-paths` setup; `import-x/no-cycle`
// keeps modules out of import circles.
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Everything above the shared layers: they must not import from here. */
const APP = ["./src/app", "./src/main.tsx", "./src/cli"];

const layerZones = [
  // The engine is pure: it imports nothing of the app's.
  {
    target: "./src/engine",
    from: ["./src/pool", "./src/lib", "./src/i18n", "./src/components", "./src/features", ...APP],
    message: "The engine is the bottom layer: it imports only from src/engine.",
  },
  {
    target: "./src/pool",
    from: ["./src/lib", "./src/i18n", "./src/components", "./src/features", ...APP],
    message: "src/pool imports only from src/engine and src/pool.",
  },
  {
    target: ["./src/lib", "./src/i18n"],
    from: ["./src/components", "./src/features", ...APP],
    message: "Shared services (src/lib, src/i18n) import only from src/engine, src/pool, src/lib and src/i18n.",
  },
  {
    target: "./src/components",
    from: ["./src/features", ...APP],
    message: "Shared UI (src/components) must not import a feature or the app: pass what it needs as props.",
  },
  {
    target: "./src/features",
    from: APP,
    message: "A feature must not import the app shell; move what it needs to src/lib or src/components.",
  },
  {
    target: "./src/cli",
    from: ["./src/components", "./src/features", "./src/app", "./src/main.tsx"],
    message: "The command line runs in Node: it imports only from src/engine, src/pool and src/lib.",
  },
];

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: "./src/features",
  except: [`./${feature}`],
  message: "A feature never imports another feature: move the shared part to src/components or src/lib.",
}));

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-results/**"] },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { "import-x": importX },
    settings: {
      // Without these, import-x skips .ts/.tsx files when it follows imports, and no-cycle sees nothing.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, ...featureZones] }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // `_` names are deliberately unused (tsc's noUnused* checks the rest).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true }],
      // The CLI and its tests match control characters on purpose (they strip or feed them).
      "no-control-regex": "off",
    },
  },
  {
    // Tests feed numbers beyond a double's range on purpose.
    files: ["test/**/*.{ts,tsx}"],
    rules: { "no-loss-of-precision": "off" },
  },
);
