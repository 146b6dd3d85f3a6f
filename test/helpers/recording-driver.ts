/**
 * A real neo4j driver that records how every transaction is opened: the database of its session
 * (or of `executeQuery`) and its transaction timeout, with the head of its Cypher. Everything is
 * still run by the real driver against the real server; the wrapper only looks.
 *
 * Covered: `driver.executeQuery(query, params, config)`, and on sessions from `driver.session(config)`:
 * `run` (auto-commit), `executeRead`/`executeWrite` (managed) and `beginTransaction` (explicit).
 */
import type { Driver, ManagedTransaction, Session, SessionConfig } from "neo4j-driver";

type TransactionConfig = NonNullable<Parameters<Session["beginTransaction"]>[0]>;

export interface OpenedTransaction {
  how: "executeQuery" | "run" | "executeRead" | "executeWrite" | "beginTransaction";
  /** The database named by the caller; undefined when it was left to the server's default. */
  database: string | undefined;
  /** The transaction timeout in ms; undefined when none was set. */
  timeoutMs: number | undefined;
  /** The first line of the statement after its comments (for messages). */
  cypher: string;
}

const head = (query: unknown): string =>
  String(typeof query === "object" && query !== null && "text" in query ? query.text : query)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("//") && !/^CYPHER \d+$/.test(line))[0]
    ?.slice(0, 100) ?? "";

const timeoutOf = (config: TransactionConfig | undefined): number | undefined => {
  const t = config?.timeout as unknown;
  return t === undefined || t === null ? undefined : Number(t);
};

function recordingSession(session: Session, database: string | undefined, opened: OpenedTransaction[]): Session {
  const managed =
    (how: "executeRead" | "executeWrite") =>
    <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig) =>
      session[how]((tx) => {
        const run: ManagedTransaction["run"] = (query, params) => {
          opened.push({ how, database, timeoutMs: timeoutOf(config), cypher: head(query) });
          return tx.run(query, params);
        };
        return work(new Proxy(tx, { get: (t, p) => (p === "run" ? run : Reflect.get(t, p, t)) }));
      }, config);
  const overrides: Record<string | symbol, unknown> = {
    run: (query: unknown, params?: unknown, config?: TransactionConfig) => {
      opened.push({ how: "run", database, timeoutMs: timeoutOf(config), cypher: head(query) });
      return (session.run as (...a: unknown[]) => unknown)(query, params, config);
    },
    executeRead: managed("executeRead"),
    executeWrite: managed("executeWrite"),
    beginTransaction: (config?: TransactionConfig) => {
      opened.push({
        how: "beginTransaction",
        database,
        timeoutMs: timeoutOf(config),
        cypher: "(explicit transaction)",
      });
      return session.beginTransaction(config);
    },
  };
  return new Proxy(session, {
    get: (target, prop) => {
      if (prop in overrides) return overrides[prop];
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Wrap `driver`; `opened` grows with every transaction any caller opens through the wrapper. */
export function recordingDriver(driver: Driver): { driver: Driver; opened: OpenedTransaction[] } {
  const opened: OpenedTransaction[] = [];
  const overrides: Record<string | symbol, unknown> = {
    executeQuery: (
      query: string,
      params?: unknown,
      config?: { database?: string; transactionConfig?: TransactionConfig },
    ) => {
      opened.push({
        how: "executeQuery",
        database: config?.database,
        timeoutMs: timeoutOf(config?.transactionConfig),
        cypher: head(query),
      });
      return (driver.executeQuery as (...a: unknown[]) => unknown)(query, params, config);
    },
    session: (config?: SessionConfig) => recordingSession(driver.session(config), config?.database, opened),
  };
  const wrapped = new Proxy(driver, {
    get: (target, prop) => {
      if (prop in overrides) return overrides[prop];
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { driver: wrapped, opened };
}
