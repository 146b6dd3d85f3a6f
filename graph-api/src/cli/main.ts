/** `ttgraph` — command-line entry: one sub-command per file in this folder. */
import { Command } from "commander";
import { ConfigError, loadConfig } from "../config.js";
import { configureLogger } from "../logger.js";
import { analyzeCommand } from "./analyze-command.js";
import { exportCommand } from "./export-command.js";
import { generateCommand } from "./generate-command.js";
import { importCommand } from "./import-command.js";
import { migrateCommand } from "./migrate-command.js";
import { reportCommand } from "./report-command.js";
import { tokenCommand } from "./token-command.js";

const program = new Command("ttgraph").description("TTGraph — Chengdu technology-transfer knowledge graph");
const config = (() => {
  try {
    return loadConfig();
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  }
})();
configureLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);

migrateCommand(program, config);
generateCommand(program);
importCommand(program, config);
exportCommand(program, config);
analyzeCommand(program, config);
tokenCommand(program, config);
reportCommand(program, config);

await program.parseAsync(process.argv);
