/**
 * The response cache: whole query answers kept in this process's memory (Apollo's response-cache
 * plugin over an LRU bounded by RESPONSE_CACHE_MAX_BYTES, for RESPONSE_CACHE_TTL_SECONDS), keyed
 * by the document, the operation, the variables, the graph version, the database and the caller's
 * roles. So an answer is never served across a graph change (every import and mutation bumps the
 * version; while an import runs the cache is bypassed) nor to a caller of other roles (the schema's
 * authorization depends on roles only). Several stateless API processes each keep their own.
 *
 * Only operations whose every root field answers from the graph alone are cached: the generated
 * lists, connections and aggregates, and the custom fields in CACHEABLE_CUSTOM_FIELDS. Fields that
 * read the stored analytics or the analytics run's state (network evaluation, gaps, suggestions,
 * the annual report, analyticsStatus) change without a new graph version and are never cached;
 * neither are mutations, answers with errors, or a custom field not listed below.
 *
 * Limits and cost are checked before the cache is read, so a cached answer is never a way around
 * them. A hit answers with an `age` header (seconds since it was computed).
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { Kind, type GraphQLSchema, type SelectionSetNode } from "graphql";
import type { ApiContext } from "../auth/context.js";
import type { RequestContext } from "../db/request-context.js";
import { graphState, type GraphState } from "../graph/common/graph-version.js";

/** Custom root fields computed from the graph alone, so their answer changes only with the graph version. */
export const CACHEABLE_CUSTOM_FIELDS: ReadonlySet<string> = new Set([
  // explorer
  "Query.search",
  "Query.searchPage",
  "Query.nodesByType",
  "Query.node",
  "Query.neighbourCounts",
  "Query.expand",
  "Query.neighbourYears",
  "Query.subgraph",
  "Query.shortestPath",
  // rankings, conversion, flows, KPIs, tracing, matching
  "Query.topBrokers",
  "Query.topAgencies",
  "Query.topCases",
  "Query.agencyEvaluation",
  "Query.conversionRate",
  "Query.conversionTrend",
  "Query.kpiProgress",
  "Query.flows",
  "Query.resultJourney",
  "Query.enterpriseSources",
  "Query.resultsByDeals",
  "Query.matchResults",
  "Query.recommendBrokers",
  // keyset pages
  "Query.dealsPage",
  "Query.resultsPage",
  "Query.brokersPage",
]);

/** Extension flag set on the Query fields whose answers may be cached. */
const CACHEABLE = "responseCacheable";

/**
 * Mark the Query fields whose answers may be cached: every generated one (not in `customFields`)
 * and the custom ones in CACHEABLE_CUSTOM_FIELDS. Returns the custom root fields left uncached.
 */
export function markCacheableFields(schema: GraphQLSchema, customFields: ReadonlySet<string>): string[] {
  const uncached: string[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const name = `Query.${field.name}`;
    const cacheable = !customFields.has(name) || CACHEABLE_CUSTOM_FIELDS.has(name);
    if (!cacheable) uncached.push(name);
    Object.assign(field, { extensions: { ...field.extensions, [CACHEABLE]: cacheable } });
  }
  return uncached;
}

/** True when the operation is a query and each of its root fields (through fragments) is cacheable. */
function cacheableOperation(rc: GraphQLRequestContext<ApiContext>): boolean {
  const { operation, document, schema } = rc;
  if (operation?.operation !== "query" || !document) return false;
  const fields = schema.getQueryType()?.getFields() ?? {};
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const seen = new Set<string>();
  const all = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD)
        return s.name.value === "__typename" || fields[s.name.value]?.extensions?.[CACHEABLE] === true;
      if (s.kind === Kind.INLINE_FRAGMENT) return all(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return fragment !== undefined;
      seen.add(s.name.value);
      return all(fragment.selectionSet);
    });
  return all(operation.selectionSet);
}

/**
 * The graph state as the response cache needs it, read once for many requests: a caller gets the
 * answer of a read that started after it asked (so never an older state than its own read would
 * see), and at most one read per database is in flight — under load one round trip to Neo4j
 * serves every request that arrived while the previous one ran, instead of one each.
 */
export class CoalescedGraphState {
  private readonly inFlight = new Map<string, Promise<GraphState>>();
  private readonly following = new Map<string, Promise<GraphState>>();

  read(rq: RequestContext): Promise<GraphState> {
    const current = this.inFlight.get(rq.database);
    if (!current) return this.start(rq);
    // The read in flight may have started before this call: take the next one.
    let next = this.following.get(rq.database);
    if (!next) {
      next = current
        .catch(() => undefined)
        .then(() => {
          this.following.delete(rq.database);
          return this.start(rq);
        });
      this.following.set(rq.database, next);
    }
    return next;
  }

  private start(rq: RequestContext): Promise<GraphState> {
    const read = graphState(rq).finally(() => {
      if (this.inFlight.get(rq.database) === read) this.inFlight.delete(rq.database);
    });
    this.inFlight.set(rq.database, read);
    return read;
  }
}

export interface ResponseCacheOptions {
  ttlSeconds: number;
  maxBytes: number;
}

/** The response cache's plugins (none when ttlSeconds is 0). */
export function responseCachePlugins({ ttlSeconds, maxBytes }: ResponseCacheOptions): ApolloServerPlugin<ApiContext>[] {
  if (ttlSeconds === 0) return [];
  // The graph state each cacheable request read before its lookup, by request.
  const stateAtStart = new WeakMap<ApiContext, GraphState>();
  const states = new CoalescedGraphState();
  const usable = (rc: GraphQLRequestContext<ApiContext>) => {
    const state = stateAtStart.get(rc.contextValue);
    return state !== undefined && !state.changing;
  };
  // Apollo's plugin stores what the request's cache policy allows: a cacheable operation gets
  // one hint for the whole answer (field-level hints would cost a hook on every field resolved).
  const policy: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async executionDidStart(rc) {
          if (usable(rc)) rc.overallCachePolicy.replace({ maxAge: ttlSeconds, scope: "PUBLIC" });
        },
      };
    },
  };
  const cache = responseCachePlugin<ApiContext>({
    cache: new InMemoryLRUCache<string>({ maxSize: maxBytes }),
    async extraCacheKeyData(rc) {
      if (!cacheableOperation(rc)) return null;
      const { request } = rc.contextValue;
      // Neo4j unreachable: no cache for this request; its execution answers DATABASE_UNAVAILABLE.
      const state = await states.read(request).catch(() => undefined);
      if (!state) return null;
      stateAtStart.set(rc.contextValue, state);
      return { graphVersion: state.version, database: request.database, roles: [...request.roles].sort() };
    },
    shouldReadFromCache: async (rc) => usable(rc),
    // Stored only when the graph did not change while the answer was computed.
    async shouldWriteToCache(rc) {
      const before = stateAtStart.get(rc.contextValue);
      if (!before || before.changing) return false;
      const now = await states.read(rc.contextValue.request).catch(() => undefined);
      return now !== undefined && !now.changing && now.version === before.version;
    },
  });
  return [policy, cache];
}
