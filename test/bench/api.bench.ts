/**
 * API benchmark: on generated data of a scale (default city ≈ 200k nodes, 1M
 * relationships) in its own Neo4j (.neo4j-bench-api, port 7711; loaded once, reused while its
 * graph version matches), starts the API in-process (buildSchema + the real Apollo server with its
 * plugins; operations through executeOperation, no HTTP) and runs a fixed mix: p50/p95 through
 * GraphQL and through the driver (hand-written Cypher, or the domain operation's own .cypher),
 * their ratio, and PASS/FAIL against the goals. Records the figures in BENCHMARKS.md ("## API").
 *
 * The paging operations (paging-operations.ts) are held to the keyset goal: every page p95 ≤ 200 ms at
 * city scale, ≤ 500 ms at x10.
 *
 *   npm run bench:api                          # city scale, 30 iterations after 5 warm-up
 *   npm run bench:api -- --scale demo --n 10 --no-record
 *   npm run bench:api -- --read-only           # a database someone else loaded: no migration, no load
 *   npm run bench:api -- --scale x10 --only Page,dealsConnection   # operations whose name contains one of these
 */
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { execute, parse } from "graphql";
import { routing } from "neo4j-driver";
import { createContext, signToken } from "../../graph-api/src/auth/index.js";
import type { ScaleName } from "../../graph-api/src/ingest/generate/scales.js";
import { configureLogger } from "../../graph-api/src/logger.js";
import { buildSchema } from "../../graph-api/src/schema/build-schema.js";
import { createApiServer } from "../../graph-api/src/server.js";
import { prepareBenchDb } from "./api/bench-db.js";
import { operations, pickIds, type BenchOperation } from "./api/operations.js";
import { pagingOperations } from "./api/paging-operations.js";
import { recordSection, table, verdicts, type OpResult } from "./api/report.js";
import { timeRounds } from "./api/stats.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const scale = arg("--scale", "city") as ScaleName;
const seed = Number(arg("--seed", "2024"));
const n = Number(arg("--n", "30"));
const warmup = Number(arg("--warmup", "5"));
const record = !args.includes("--no-record");
const readOnly = args.includes("--read-only");
const only = arg("--only", "").split(",").filter(Boolean);

async function main(): Promise<void> {
  const { config, driver, pending } = await prepareBenchDb(scale, seed, console.log, { readOnly });
  configureLogger("warn"); // per-request info logs would be measured as well as flood the output
  const schema = await buildSchema({ driver, config });
  const server = await createApiServer({ schema, driver, config });
  const anonymous = await createContext(undefined, config, driver);
  const alliance = await createContext(
    `Bearer ${await signToken(config.JWT_SECRET, { roles: ["alliance"], sub: "bench" })}`,
    config,
    driver,
  );
  const fields = schema.getQueryType()?.getFields() ?? {};
  const ids = await pickIds(driver);
  console.log(`ids: ${JSON.stringify(ids)}; ${n} iterations after ${warmup} warm-up, one at a time\n`);

  const gql = async (op: BenchOperation) => {
    const res = await server.apollo.executeOperation(
      { query: op.query, variables: op.variables },
      { contextValue: op.alliance ? alliance : anonymous },
    );
    if (res.body.kind !== "single" || res.body.singleResult.errors) {
      throw new Error(
        `${op.name}: ${JSON.stringify(res.body.kind === "single" ? res.body.singleResult.errors : "incremental")}`,
      );
    }
    return res.body.singleResult.data as Record<string, unknown>;
  };

  const parsed = new Map<string, ReturnType<typeof parse>>(); // parse once, as Apollo's document cache does
  const bareGql = async (op: BenchOperation) => {
    const document = parsed.get(op.query) ?? parse(op.query);
    parsed.set(op.query, document);
    const res = await execute({
      schema,
      document,
      variableValues: op.variables,
      contextValue: anonymous,
    });
    if (res.errors) throw new Error(`${op.name}: ${res.errors[0]?.message}`);
    return res.data;
  };

  // The Cypher @neo4j/graphql generates for a list operation, captured from a read transaction
  // handed to it as the execution context (a documented alternative to the driver) and rolled back.
  const generatedCypher = async (op: BenchOperation) => {
    const session = driver.session({ defaultAccessMode: "READ" });
    const tx = await session.beginTransaction();
    let captured: { query: string; params: Record<string, unknown> } | undefined;
    try {
      const executionContext = {
        run: (query: string, params: Record<string, unknown>) => {
          captured ??= { query, params };
          return tx.run(query, params);
        },
      };
      const document = parsed.get(op.query) ?? parse(op.query);
      const res = await execute({
        schema,
        document,
        variableValues: op.variables,
        contextValue: { ...anonymous, executionContext },
      });
      if (res.errors) throw new Error(`${op.name}: ${res.errors[0]?.message}`);
    } finally {
      await tx.rollback();
      await session.close();
    }
    if (!captured) throw new Error(`${op.name}: no Cypher was generated`);
    const { query, params } = captured;
    return () => driver.executeQuery(query, params, { routing: routing.READ });
  };

  const results: OpResult[] = [];
  try {
    const all = [...operations(anonymous.request, ids), ...(await pagingOperations(driver, ids))];
    for (const op of all.filter((o) => only.length === 0 || only.some((part) => o.name.includes(part)))) {
      if (!fields[op.field]) {
        console.log(`skip ${op.name}: field ${op.field} is not in the schema yet`);
        results.push({ name: op.name, list: op.list, skipped: `no field ${op.field}` });
        continue;
      }
      // list operations also through graphql-js alone (no Apollo), to show where the overhead is
      // and the generated Cypher alone through the driver, to split the overhead into translation
      // and execution in JavaScript (graphql-js − generated) and query shape (generated − Cypher)
      const bare = op.list ? () => bareGql(op) : undefined;
      const generated = op.list ? await generatedCypher(op) : undefined;
      const fns = [() => gql(op), op.direct, bare, generated].filter((f) => f !== undefined);
      const timings = await timeRounds(fns, n, warmup);
      const at = (f: unknown) => (f ? timings[fns.indexOf(f as (typeof fns)[number])] : undefined);
      const g = timings[0]!;
      const c = at(op.direct);
      const b = at(bare);
      const gen = at(generated);
      const sameAnswer = op.direct && op.key ? isDeepStrictEqual(op.key(await gql(op)), await op.direct()) : undefined;
      const r: OpResult = {
        name: op.name,
        list: op.list,
        note: op.note,
        goal: op.goal,
        gqlP50: g.p50,
        gqlP95: g.p95,
        cypherP50: c?.p50,
        cypherP95: c?.p95,
        bareP50: b?.p50,
        generatedP50: gen?.p50,
        sameAnswer,
      };
      console.log(
        `${op.name.padEnd(42)} GraphQL p50 ${g.p50.toFixed(1)} p95 ${g.p95.toFixed(1)} ms` +
          (gen ? ` | generated p50 ${gen.p50.toFixed(1)} ms` : "") +
          (c ? ` | Cypher p50 ${c.p50.toFixed(1)} p95 ${c.p95.toFixed(1)} ms` : "") +
          (sameAnswer === false ? "  (answers differ!)" : ""),
      );
      results.push(r);
    }
  } finally {
    await server.apollo.stop();
    await driver.close();
  }

  const vs = verdicts(results, scale);
  const out = table(results);
  console.log(`\n${out}\n`);
  for (const v of vs) console.log(`${v.pass ? "PASS" : "FAIL"}  ${v.goal}: ${v.measured}`);
  if (record) {
    const when = new Date().toISOString().slice(0, 16).replace("T", " ");
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
    const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}, Neo4j heap ${config.NEO4J_HEAP} / page cache ${config.NEO4J_PAGECACHE}`;
    const body = [
      `\`npm run bench:api\` — scale **${scale}** (seed ${seed}), ${n} iterations after ${warmup} warm-up, sequential, ${when} UTC; ${machine}; load average after the run ${load} (the machine is shared).` +
        (only.length ? ` Only the operations named with: ${only.join(", ")}.` : "") +
        (pending.length ? ` Migrations not applied to this database (read-only): ${pending.join(", ")}.` : ""),
      "GraphQL = the real Apollo server with its plugins (depth and cost limits, logging at warn) via `executeOperation`, anonymous except partnerGaps (role alliance); graphql-js = the same schema through `execute` without Apollo (list operations); generated = the Cypher @neo4j/graphql generated for that request, run alone through the driver (so graphql-js − generated is translation and execution in JavaScript, generated − Cypher the cost of the generated query's shape); Cypher = the same answer through the driver (hand-written for lists; the operation's own .cypher for custom fields). Each round runs the ways in turn, the order reversed every other round.",
      "",
      out,
      "",
      ...vs.map((v) => `- ${v.pass ? "PASS" : "FAIL"} ${v.goal}: ${v.measured}`),
    ].join("\n");
    // the full mix at city scale is "## API"; other scales and parts get sections of their own
    const title = ["API", scale === "city" ? "" : `at ${scale}`, only.length ? `(only ${only.join(", ")})` : ""]
      .filter(Boolean)
      .join(" ");
    recordSection(resolve(import.meta.dirname, "../../BENCHMARKS.md"), body, title);
    console.log(`\nrecorded in BENCHMARKS.md (## ${title})`);
  }
  console.log(
    `\nThe bench database keeps running for the next run; stop it with ` +
      `NEO4J_HOME=${config.NEO4J_HOME} NEO4J_BOLT_PORT=${config.NEO4J_BOLT_PORT} npm run db:stop`,
  );
  if (vs.some((v) => !v.pass)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
