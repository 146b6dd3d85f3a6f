/**
 * Configuration, read and validated once from the environment. Nothing else in the code base
 * reads `process.env`; every variable is listed in the README's configuration table.
 */
import { existsSync } from "node:fs";
import { isIP } from "node:net";
import { z } from "zod";

const DEV_PASSWORD = "ttgraph-dev-password";
const DEV_JWT_SECRET = "ttgraph-dev-jwt-secret-change-me-in-production";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const duration = z.string().regex(/^\d+(ms|s|m)$/, "a duration such as 500ms, 60s or 5m");
const memory = z.string().regex(/^\d+[kmg]$/i, "a size such as 512m or 2g");
const port = z.coerce.number().int().min(1).max(65535);
const bytes = z
  .string()
  .regex(/^\d+(b|kb|mb)$/i, "a size such as 512kb or 1mb")
  .transform((v) => {
    const [, n, unit] = /^(\d+)(b|kb|mb)$/i.exec(v) as RegExpExecArray;
    return Number(n) * { b: 1, kb: 1024, mb: 1024 * 1024 }[(unit as string).toLowerCase() as "b" | "kb" | "mb"];
  });
/** One entry of express's "trust proxy" list: a preset name, an address, or address/prefix. */
const trustedHop = (t: string): boolean => {
  if (["loopback", "linklocal", "uniquelocal"].includes(t)) return true;
  const [address = "", prefix, extra] = t.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
};
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, "a neo4j:// or bolt:// URI")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "at least 8 characters (Neo4j's minimum)").default(DEV_PASSWORD),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HOME: z.string().min(1).default(".neo4j"),
  NEO4J_HEAP: memory.default("2g"),
  NEO4J_PAGECACHE: memory.default("2g"),
  NEO4J_TX_TIMEOUT: duration.default("60s"),
  /** Memory one transaction of the local server may use; default: half of NEO4J_HEAP. */
  NEO4J_TX_MEMORY: memory.optional(),
  NEO4J_CONNECTION_TIMEOUT_MS: int(100, 120_000).default(1500),
  NEO4J_ACQUISITION_TIMEOUT_MS: int(100, 600_000).default(10_000),
  NEO4J_MAX_RETRY_MS: int(0, 600_000).default(0),

  JWT_SECRET: z.string().min(32, "at least 32 characters").default(DEV_JWT_SECRET),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  QUERY_TIMEOUT_MS: int(100, 600_000).default(15_000),
  MAX_PAGE_SIZE: int(1, 10_000).default(500),
  DEFAULT_PAGE_SIZE: int(1, 10_000).default(50),
  MAX_QUERY_DEPTH: int(2, 50).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(100).default(50_000),
  MAX_QUERY_FIELDS: int(10, 100_000).default(2_000),
  MAX_ALIASES: int(0, 1_000).default(20),
  MAX_DIRECTIVES: int(0, 1_000).default(20),
  MAX_TOKENS: int(50, 100_000).default(2_000),
  MAX_INPUT_DEPTH: int(2, 100).default(10),
  MAX_FILTER_TERMS: int(1, 10_000).default(100),
  // The largest ordinary request, a subgraph of 2,000 ids, is ≈ 30 KB; larger bodies are refused
  // before they are read or parsed.
  MAX_REQUEST_BYTES: bytes.default(64 * 1024),
  MAX_HEADER_BYTES: int(8 * 1024, 1024 * 1024).default(64 * 1024),
  // Refused requests (4xx) a client may send per minute before its requests get 429; 0: no limit.
  MAX_REFUSALS_PER_MINUTE: int(0, 1_000_000).default(120),
  // Express's "trust proxy": which hops' X-Forwarded-For to believe for the caller's address.
  TRUST_PROXY: z
    .string()
    .default("false")
    .refine(
      (v) => /^(true|false|\d+)$/.test(v) || v.split(",").every((t) => trustedHop(t.trim())),
      "true, false, a number of hops, or comma-separated addresses/subnets (loopback, linklocal, uniquelocal, 10.0.0.0/8)",
    )
    .transform((v): boolean | number | string =>
      v === "true" ? true : v === "false" ? false : /^\d+$/.test(v) ? Number(v) : v,
    ),
  MAX_CONCURRENT_AGGREGATES: int(1, 1_000).default(4),
  MAX_QUEUED_AGGREGATES: int(0, 100_000).default(200),
  RESPONSE_CACHE_TTL_SECONDS: int(0, 86_400).default(300),
  RESPONSE_CACHE_MAX_BYTES: bytes.default(64 * 1024 * 1024),
  INTROSPECTION: bool.optional(),
  GRAPHIQL: bool.optional(),
  TRUSTED_DOCUMENTS_ONLY: bool.default(false),
  TRUSTED_DOCUMENTS_FILES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean),
    )
    .refine((files) => files.every((f) => existsSync(f)), "comma-separated paths of manifest files that exist"),
  FEDERATION: bool.default(false),
  KPI_TARGETS_FILE: z.string().optional(),
  DEMO_SEED: z.coerce.number().int().default(2024),
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  REPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  LOAD_DEMO: bool.default(true),
  ANALYTICS_IN_API: bool.default(true),
  ANALYTICS_WATCH_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

export type Config = Omit<z.infer<typeof schema>, "INTROSPECTION" | "GRAPHIQL"> & {
  INTROSPECTION: boolean;
  GRAPHIQL: boolean;
  /** True when no NEO4J_URI is given and TTGraph manages its own local server. */
  localNeo4j: boolean;
  /** The Bolt address actually used. */
  neo4jUri: string;
};

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Parse and validate an environment; throws one ConfigError listing every bad key. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in schema.shape && v !== undefined && v !== ""),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === "production";
  if (production && c.JWT_SECRET === DEV_JWT_SECRET) {
    throw new ConfigError("Invalid configuration:\n  JWT_SECRET: must be set in production");
  }
  if (production && c.NEO4J_URI && c.NEO4J_PASSWORD === DEV_PASSWORD) {
    throw new ConfigError("Invalid configuration:\n  NEO4J_PASSWORD: must be set in production");
  }
  return {
    ...c,
    INTROSPECTION: c.INTROSPECTION ?? !production,
    GRAPHIQL: c.GRAPHIQL ?? !production,
    localNeo4j: c.NEO4J_URI === undefined,
    neo4jUri: c.NEO4J_URI ?? `bolt://127.0.0.1:${c.NEO4J_BOLT_PORT}`,
  };
}
