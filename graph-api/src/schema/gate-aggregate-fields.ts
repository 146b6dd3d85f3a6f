/**
 * A per-process cap on concurrent aggregates. The aggregate fields (field-prices.ts: those priced
 * as a scan of a period's deals, a period's joins or the whole network — 50 ms to seconds of
 * database or worker time per call) run at most MAX_CONCURRENT_AGGREGATES at a time in one API
 * process; the others wait in a bounded queue (MAX_QUEUED_AGGREGATES). Without the cap, a burst of
 * aggregates fills Neo4j's CPU and every cheap list and lookup queues behind them there (Neo4j
 * Community has no per-query priority); with it, cheap requests keep the database's spare capacity.
 *
 * A wait counts against the request timeout: a call waits at most QUERY_TIMEOUT_MS, and its
 * statements get what is left of it as their transaction timeout. A full queue or a wait that runs
 * out answers SERVER_BUSY (HTTP 503 when no other field returned data; Retry-After) before any
 * database work; the call never starts late.
 */
import PQueue from "p-queue";
import {
  GraphQLError,
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import type { ApiContext } from "../auth/context.js";
import { isAggregateField } from "../plugins/validation/field-prices.js";

export interface AggregateLimits {
  /** Aggregates that may run at once in this process. */
  maxConcurrent: number;
  /** Aggregates that may wait for a slot; more are refused at once. */
  maxQueued: number;
  /** The longest wait when the GraphQL context carries no request context (QUERY_TIMEOUT_MS). */
  maxWaitMs: number;
}

function busy(message: string, limit: string, max: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: "SERVER_BUSY",
      limit,
      max,
      // Retry-After: plugins/http-errors.ts.
      http: { status: 503 },
    },
  });
}

/** The slots of one process: a FIFO queue of bounded length in front of a fixed concurrency. */
export class AggregateGate {
  private readonly queue: PQueue;

  constructor(readonly limits: AggregateLimits) {
    this.queue = new PQueue({ concurrency: limits.maxConcurrent });
  }

  /** Aggregates running now. */
  get running(): number {
    return this.queue.pending;
  }

  /** Aggregates waiting for a slot. */
  get waiting(): number {
    return this.queue.size;
  }

  /**
   * Run `work` in a slot, after waiting at most `maxWaitMs` for one; `work` receives the
   * milliseconds of `maxWaitMs` still left. Throws SERVER_BUSY when the queue is full or the wait
   * runs out; then `work` never runs.
   */
  async run<T>(maxWaitMs: number, work: (remainingMs: number) => Promise<T>): Promise<T> {
    const { maxConcurrent, maxQueued } = this.limits;
    if (this.queue.pending >= maxConcurrent && this.queue.size >= maxQueued)
      throw busy(
        `The server is busy: ${maxConcurrent} aggregates are running and ${maxQueued} waiting (MAX_QUEUED_AGGREGATES); try again shortly`,
        "MAX_QUEUED_AGGREGATES",
        maxQueued,
      );
    const queuedAt = performance.now();
    // Aborted only while the call still waits: once it runs, p-queue would free its slot on abort
    // while the database work goes on, and the cap would no longer hold.
    const waiting = new AbortController();
    let started = false;
    const timer = setTimeout(() => {
      if (!started)
        waiting.abort(
          busy(
            `The server is busy: no aggregate slot came free within ${maxWaitMs} ms (QUERY_TIMEOUT_MS); try again shortly`,
            "QUERY_TIMEOUT_MS",
            maxWaitMs,
          ),
        );
    }, maxWaitMs);
    try {
      return await this.queue.add(
        () => {
          started = true;
          clearTimeout(timer);
          return work(Math.max(1, Math.floor(maxWaitMs - (performance.now() - queuedAt))));
        },
        { signal: waiting.signal },
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The request's context with a shorter transaction timeout for every statement it runs. */
function withTimeout(context: ApiContext, timeoutMs: number): ApiContext {
  return {
    ...context,
    request: Object.freeze({ ...context.request, timeoutMs }),
    transaction: { ...context.transaction, timeout: timeoutMs },
  };
}

/**
 * Wrap the resolver of every aggregate field of `schema` so that it runs through `gate`. Returns
 * the wrapped fields as `Type.field`.
 */
export function gateAggregateFields(schema: GraphQLSchema, gate: AggregateGate): string[] {
  const gated: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (!isAggregateField(name)) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, ApiContext>;
      field.resolve = (parent, args, context: ApiContext, info) => {
        // Every request of the HTTP server has a request context; a schema run directly may not.
        const request = context?.request as ApiContext["request"] | undefined;
        return gate.run(request?.timeoutMs ?? gate.limits.maxWaitMs, async (remainingMs) =>
          resolve(parent, args, request ? withTimeout(context, remainingMs) : context, info),
        );
      };
      gated.push(name);
    }
  }
  return gated;
}
