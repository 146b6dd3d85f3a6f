/** `npm run db:start | db:stop | db:status` — manage the local Neo4j server. */
import { ConfigError, loadConfig } from "../graph-api/src/config.js";
import { PrerequisiteError } from "./install.js";
import { start, status, stop } from "./server.js";

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (!config.localNeo4j) {
    console.log(`NEO4J_URI is set (${config.neo4jUri}): TTGraph uses that server and manages no local one.`);
    return;
  }
  switch (command) {
    case "start":
      await start(config);
      return;
    case "stop":
      await stop(config);
      return;
    case "status": {
      const s = await status(config);
      console.log(
        s.running ? `running: Neo4j ${s.version}, pid ${s.pid}, ${s.uri}, home ${s.home}` : `stopped (home ${s.home})`,
      );
      process.exitCode = s.running ? 0 : 3;
      return;
    }
    default:
      throw new Error(`usage: neo4j-local/cli.ts start|stop|status (got ${command ?? "nothing"})`);
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof ConfigError || e instanceof PrerequisiteError ? e.message : e);
  process.exit(1);
});
