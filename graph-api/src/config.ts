/**
 * Configuration, read and validated once from the environment. Nothing else in the code base
 * reads `process.env`; every variable is listed in the README's configuration table.
 */
import { existsSync } from "node:fs";
import { z } from "zod";

const DEV_PASSWORD = "ttgraph-dev-password";
const DEV_JWT_SECRET = "ttgraph-dev-jwt-secret-change-me-in-production";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const duration = z.string().regex(/^\d+(ms|s|m)$/, "a duration such as 500ms, 60s or 5m");
const memory = z.string().regex(/^\d+[kmg]$/i, "a size such as 512m or 2g");
const port = z.coerce.number().int().min(1).max(65535);

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

  JWT_SECRET: z.string().min(32, "at least 32 characters").default(DEV_JWT_SECRET),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  DEFAULT_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(50),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(100).default(50_000),
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
  LOAD_DEMO: bool.default(true),
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
