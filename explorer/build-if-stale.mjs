#!/usr/bin/env node
/**
 * Build the explorer only when its sources are newer than explorer/dist (run by `npm start`'s
 * prestart), so starting the API serves an up-to-date explorer without rebuilding every time.
 * Sources: explorer/src, index.html, vite.config.ts, tsconfig.json, and the domain model files the
 * explorer imports. `--force` always builds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const dist = join(here, "dist", "index.html");
const sources = [
  join(here, "src"),
  join(here, "index.html"),
  join(here, "vite.config.ts"),
  join(here, "tsconfig.json"),
  join(root, "graph-api/src/domain"),
];

/** Newest modification time under a path (file or folder). */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isStale() {
  if (!existsSync(dist)) return true;
  const built = statSync(dist).mtimeMs;
  return sources.some((s) => newestMtime(s) > built);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes("--force") && !isStale()) {
    console.log("explorer: dist is up to date");
    process.exit(0);
  }
  console.log("explorer: building (sources newer than dist)…");
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  const r = spawnSync(
    process.execPath,
    [vite, "build", "--config", join(here, "vite.config.ts"), "--logLevel", "warn"],
    { stdio: "inherit", cwd: root },
  );
  process.exit(r.status ?? 1);
}
