/**
 * The `nocollapse` CLI: commander, one file per command (registered in commands.ts), thin over the library API.
 * Bad input (an {@link InputError}, a zod validation error, a missing file) prints one line and exits with code 2;
 * `--verbose` adds the stack. Any other error exits with 1.
 */
import { Command, CommanderError } from "commander";
import { commandsFor } from "./commands.js";
import { describeError } from "./errors.js";

/**
 * A command started by another nocollapse process (the study runs each training as a child) stops when that parent
 * dies, even by SIGKILL: it polls the parent and then stops as on Ctrl-C (a training writes its checkpoint first), so
 * no orphan keeps training and the next `study` resumes the run.
 */
function exitWithParent(): void {
  const parent = Number(process.env.NOCOLLAPSE_PARENT_PID);
  if (!(parent > 0)) return;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ESRCH") return;
      clearInterval(timer);
      // The parent held our stdout/stderr pipes: writes would now fail with EPIPE.
      for (const s of [process.stdout, process.stderr]) s.on("error", () => {});
      process.kill(process.pid, "SIGINT");
      setTimeout(() => process.exit(130), 120_000).unref();
    }
  }, 1000);
  timer.unref();
}

export async function run(argv: string[]): Promise<number> {
  exitWithParent();
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
    // One line, whatever the source: libvips, libtorch and JS messages can span several (the rest is in --verbose).
    process.stderr.write(`nocollapse: ${verbose ? message : message.split("\n")[0]}\n`);
    if (verbose && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    else if (code === 1 && !expected) process.stderr.write("(run with --verbose for the stack trace)\n");
    return code;
  }
}
