// Entry of the analytics worker thread: registers tsx's loader in this thread, then loads the
// TypeScript worker (analytics-worker.ts) named in workerData. Plain JavaScript because a worker
// thread starts without the parent's TypeScript loader.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
