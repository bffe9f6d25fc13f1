/** `nocollapse info`: libtorch version, threads, tensor engine status. */
import type { Command } from "commander";
import { getNumThreads, torchVersion } from "../tensor/index.js";

export function register(program: Command): void {
  program
    .command("info")
    .description("show the libtorch build, threads and devices nocollapse uses")
    .option("--json", "print JSON")
    .action((opts: { json?: boolean }) => {
      const v = torchVersion();
      const info = { libtorch: v.torch, cuda: v.cuda, threads: getNumThreads(), node: process.version };
      if (opts.json) console.log(JSON.stringify(info));
      else for (const [k, val] of Object.entries(info)) console.log(`${k.padEnd(9)} ${val}`);
    });
}
