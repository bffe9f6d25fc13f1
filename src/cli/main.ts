/**
 * The `nocollapse` CLI: commander, one file per command (registered in commands.ts), thin over the library API.
 * Bad input (an {@link InputError}, a zod validation error, a missing file) prints one line and exits with code 2;
 * `--verbose` adds the stack. Any other error exits with 1.
 */
import { Command, CommanderError } from "commander";
import { commandsFor } from "./commands.js";
import { describeError } from "./errors.js";

export async function run(argv: string[]): Promise<number> {
  const program = new Command("nocollapse")
    .description("Non-contrastive self-supervised learning on libtorch, with live collapse diagnostics")
    .option("--verbose", "print stack traces and more detail on errors")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of await commandsFor(argv)) register(program);
  const verbose = argv.includes("--verbose");
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors are bad input.
      return e.exitCode === 0 ? 0 : 2;
    }
    const { message, code, expected } = describeError(e);
    process.stderr.write(`nocollapse: ${message}\n`);
    if (verbose && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    else if (code === 1 && !expected) process.stderr.write("(run with --verbose for the stack trace)\n");
    return code;
  }
}
