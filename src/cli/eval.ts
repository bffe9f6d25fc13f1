/** `nocollapse eval --run DIR [--json] [--baseline random]`: linear probe and kNN on frozen h and z. */
import type { Command } from "commander";
import { evaluateRun } from "../trainer/index.js";
import { InputError } from "../util/errors.js";
import { int, DEVICE_FLAG, DEVICE_HELP } from "./flags.js";

export function register(program: Command): void {
  program
    .command("eval")
    .description("linear probe and kNN top-1 of a run's frozen representations h (and embeddings z)")
    .requiredOption("--run <dir>", "run folder written by 'nocollapse train'")
    .option("--baseline <kind>", "'random': evaluate a randomly initialised encoder of the same architecture")
    .option("--train-size <n>", "train images used to fit the probes (default 10000)")
    .option("--test-size <n>", "test images (default: all)")
    .option("--json", 'print {"linearTop1", "knnTop1", "linearTop1Z", "knnTop1Z"} in percent')
    .option("--h-only", "probe h only (linearTop1Z and knnTop1Z are then null)")
    .option(DEVICE_FLAG, DEVICE_HELP)
    .action(async (f: { run: string; baseline?: string; json?: boolean; trainSize?: string; testSize?: string; hOnly?: boolean; device?: string }) => {
      if (f.baseline !== undefined && f.baseline !== "random") throw new InputError("--baseline", `expected 'random', got '${f.baseline}'`);
      const r = await evaluateRun(f.run, { baseline: f.baseline as "random" | undefined, trainSize: int("--train-size", f.trainSize), testSize: int("--test-size", f.testSize), hOnly: f.hOnly, device: f.device });
      if (f.json) console.log(JSON.stringify(r));
      else {
        console.log(`${f.baseline === "random" ? "random-init baseline" : f.run}: ${r.trainImages} train / ${r.testImages} test images`);
        console.log(`  h: linear ${r.linearTop1.toFixed(2)} %   kNN ${r.knnTop1.toFixed(2)} %`);
        if (r.linearTop1Z !== null && r.knnTop1Z !== null) console.log(`  z: linear ${r.linearTop1Z.toFixed(2)} %   kNN ${r.knnTop1Z.toFixed(2)} %`);
      }
    });
}
