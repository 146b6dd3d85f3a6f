/**
 * `ttgraph analyze` in a child process: the analytics hold a period's graph in memory, beyond the
 * heap cap of the command that asks for them (import, report); the child runs under its own cap.
 * Returns the child's exit status (0: the current graph version's analytics are stored).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const TTGRAPH_BIN = fileURLToPath(new URL("../../bin/ttgraph.js", import.meta.url));

export function analyzeInChild(): number {
  return spawnSync(process.execPath, [TTGRAPH_BIN, "analyze"], { stdio: "inherit" }).status ?? 1;
}
