#!/usr/bin/env node
// The `ttgraph` command (npx ttgraph …): runs the TypeScript CLI through tsx, under the heap cap
// of heap-cap.js for the command unless the caller chose one (then it re-executes itself once with the flag).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { heapFlagFor } from "./heap-cap.js";

const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) => a.includes("--max-old-space-size"));
if (!chosen) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [heapFlagFor(process.argv[2]), self, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

const { register } = await import("tsx/esm/api");
register();
await import("../src/cli/main.ts");
