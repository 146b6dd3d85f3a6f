import { defineConfig } from "vitest/config";

/**
 * Node resolves `graphql` to its CommonJS build (no "exports" field), which is what
 * @neo4j/graphql requires; Vite would pick the "module" (.mjs) build, giving two graphql
 * instances ("Cannot use GraphQLObjectType from another module or realm"). Pin the CJS one.
 */
const graphqlCjs = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

/**
 * One config, named projects that differ in environment, timeout and parallelism (test/README.md).
 * Integration and e2e files share one Community-edition database, so they run one file at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: graphqlCjs,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: "./explorer/vite.config.ts",
        test: {
          name: "explorer",
          root: "./explorer",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["./src/test-setup.ts"],
          testTimeout: 30_000,
        },
      },
      {
        resolve: graphqlCjs,
        test: {
          name: "integration",
          include: ["test/integration/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["test/helpers/neo4j-global-setup.ts"],
          fileParallelism: false, // one shared database: files reset it, so they must not overlap
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        resolve: graphqlCjs,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          environment: "node",
          globalSetup: ["test/helpers/neo4j-global-setup.ts", "test/helpers/stack-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
