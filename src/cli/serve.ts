/** `nocollapse serve [--runs DIR] [--port 8080] [--host 127.0.0.1]`: the live dashboard of every run under DIR. */
import type { Command } from "commander";
import { InputError } from "../util/errors.js";
import { startDashboard } from "../serve/index.js";

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InputError("--port", `expected a port number 0–65535, got "${v}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("live web dashboard of the runs under --runs (charts update while runs train)")
    .option("--runs <dir>", "folder whose sub-folders are runs", "runs")
    .option("--port <n>", "port (0 = any free port)", "8080")
    .option("--host <addr>", "address to bind; the default keeps the dashboard local", "127.0.0.1")
    .action(async (opts: { runs: string; port: string; host: string }) => {
      const d = await startDashboard({ runsDir: opts.runs, port: parsePort(opts.port), host: opts.host });
      console.log(`nocollapse dashboard: ${d.url}  (runs: ${opts.runs}; Ctrl-C to stop)`);
      // Keep the command alive until a signal; then close cleanly so the exit code is 0.
      await new Promise<void>((ok) => {
        const stop = (): void => ok();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await d.close();
    });
}
