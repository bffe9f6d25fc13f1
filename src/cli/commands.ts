/**
 * Every CLI command, one file each, loaded lazily: `nocollapse train ...` imports only train.ts (and what it needs),
 * so a command starts without loading the modules of the others (libtorch, vega, sharp). `--help` loads them all.
 * Add a command: write src/cli/<name>.ts exporting `register(program)`, and list it here.
 */
import type { Command } from "commander";

type Register = (program: Command) => void;

export const COMMANDS: Record<string, () => Promise<{ register: Register }>> = {
  info: () => import("./info.js"),
  train: () => import("./train.js"),
  eval: () => import("./eval.js"),
  study: () => import("./study.js"),
  validate: () => import("./validate.js"),
  loss: () => import("./loss.js"),
  analyze: () => import("./analyze.js"),
  augment: () => import("./augment.js"),
  report: () => import("./report.js"),
  serve: () => import("./serve.js"),
};

/** The register functions for `argv` (only the named command when there is one). */
export async function commandsFor(argv: string[]): Promise<Register[]> {
  const name = argv.slice(2).find((a) => !a.startsWith("-"));
  const chosen = name && name in COMMANDS ? [COMMANDS[name]!] : Object.values(COMMANDS);
  return Promise.all(chosen.map(async (load) => (await load()).register));
}
