// One lint setup for the whole repo (API, CLI, tests, explorer). Generated code is ignored.
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The explorer's import direction: app composes features; a feature uses lib, canvas-model and
 * cytoscape but never app or another feature; the pure canvas model drives no Cytoscape instance
 * and knows nothing of the UI; nothing imports in a cycle.
 */
const EXPLORER = "./explorer/src";
const FEATURES = readdirSync(new URL("explorer/src/features/", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const explorerZones = [
  ...FEATURES.map((name) => ({
    target: `${EXPLORER}/features/${name}`,
    from: `${EXPLORER}/features`,
    except: [`./${name}`],
    message: "A feature must not import another feature: move what both need to lib/, canvas-model/ or cytoscape/.",
  })),
  {
    target: [`${EXPLORER}/features`, `${EXPLORER}/lib`, `${EXPLORER}/canvas-model`, `${EXPLORER}/cytoscape`],
    from: `${EXPLORER}/app`,
    message: "Only app/ composes: import shared things from lib/ (e.g. lib/view-definition.ts), not from app/.",
  },
  {
    target: [`${EXPLORER}/lib`, `${EXPLORER}/canvas-model`, `${EXPLORER}/cytoscape`],
    from: `${EXPLORER}/features`,
    message: "Shared code must not depend on a feature.",
  },
  {
    target: `${EXPLORER}/canvas-model`,
    from: [`${EXPLORER}/cytoscape`, `${EXPLORER}/lib`],
    message: "canvas-model/ is pure: it must not reach code that drives Cytoscape or the UI.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "explorer/dist/",
      "explorer/src/gql/",
      "graph-api/schema.graphql",
      ".neo4j*/",
      ".bench-data/",
      "test-artifacts/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    files: ["explorer/src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "explorer/tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones: explorerZones }],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
);
