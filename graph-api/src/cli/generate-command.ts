/** `ttgraph generate --scale demo|city|x10 --seed N --out <folder>` — write a synthetic demo data package. */
import { type Command, InvalidArgumentError } from "commander";
import { generatePackage } from "../ingest/generate/generate-package.js";
import { isScaleName, SCALE_NAMES, type ScaleName } from "../ingest/generate/scales.js";

function scaleArg(value: string): ScaleName {
  if (!isScaleName(value)) throw new InvalidArgumentError(`one of ${SCALE_NAMES.join(", ")}`);
  return value;
}

function seedArg(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError("an integer");
  return n;
}

export function generateCommand(program: Command): void {
  program
    .command("generate")
    .description(
      "write a deterministic, Chengdu-grounded demo data package (synthetic people, firms, results and deals)",
    )
    .option(
      "--scale <scale>",
      `size: ${SCALE_NAMES.join(" | ")} (≈3k / 200k / 2M nodes)`,
      scaleArg,
      "demo" as ScaleName,
    )
    .option("--seed <n>", "random seed: the same seed writes byte-identical files", seedArg, 2024)
    .requiredOption("--out <folder>", "output folder (created; its package CSV files are replaced)")
    .action(async (opts: { scale: ScaleName; seed: number; out: string }) => {
      const tty = process.stderr.isTTY;
      const report = await generatePackage({
        ...opts,
        onProgress: tty ? (rows) => process.stderr.write(`\r${rows.toLocaleString("en")} rows…`) : undefined,
      });
      if (tty) process.stderr.write("\r");
      console.log(
        `Wrote ${report.nodes.toLocaleString("en")} nodes and ${report.relationships.toLocaleString("en")} relationships ` +
          `(${opts.scale}, seed ${opts.seed}) to ${report.out} in ${report.seconds.toFixed(1)} s`,
      );
    });
}
