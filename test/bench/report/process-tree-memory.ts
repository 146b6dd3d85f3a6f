/**
 * Peak resident memory of a process and its children (the report CLI and the Chromium it starts
 * for a PDF), sampled from /proc every few milliseconds — Linux only; elsewhere it reports null.
 */
import { readdirSync, readFileSync } from "node:fs";

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

function treeRssKb(pid: number): number {
  return rssKb(pid) + children(pid).reduce((s, c) => s + treeRssKb(c), 0);
}

/** Sample the tree under `pid` until stop() is called; returns the peaks in MB. */
export function sampleMemory(pid: number, everyMs = 50): { stop(): { peakMb: number | null } } {
  if (process.platform !== "linux") return { stop: () => ({ peakMb: null }) };
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakMb: Math.round(peak / 1024) };
    },
  };
}
