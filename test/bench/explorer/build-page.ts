/**
 * Build explorer/bench.html with Vite in production mode (minified, like the served explorer) into
 * a temporary folder. It shares the explorer's Vite config (React plugin) and source tree.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";

export async function buildBenchPage(repoRoot: string): Promise<string> {
  const root = resolve(repoRoot, "explorer");
  const outDir = mkdtempSync(join(tmpdir(), "ttgraph-bench-page-"));
  await build({
    configFile: resolve(root, "vite.config.ts"),
    root,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, rollupOptions: { input: resolve(root, "bench.html") } },
  });
  return outDir;
}
