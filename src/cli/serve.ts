/**
 * `nocollapse serve [--runs DIR] [--port 8080] [--host 127.0.0.1] [--allow-host NAME] [--token [T] | --no-token]`:
 * the live dashboard of every run under DIR. It stays on loopback unless --host says otherwise; beyond loopback it
 * warns, naming the address, and requires a token (printed in the URL). See docs/security.md.
 */
import type { Command } from "commander";
import { InputError } from "../util/errors.js";
import { startDashboard } from "../serve/index.js";

/** `--port`: a whole number 0–65535 written in decimal (0 = any free port). */
export function parsePort(v: string): number {
  const n = /^\d{1,5}$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InputError("--port", `expected a port number 0–65535, got "${v}"`);
  return n;
}

const collect = (v: string, prev: string[]): string[] => [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];

interface ServeFlags {
  runs: string;
  port: string;
  host: string;
  allowHost: string[];
  token?: string | boolean;
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("live web dashboard of the runs under --runs (charts update while runs train)")
    .option("--runs <dir>", "folder whose sub-folders are runs", "runs")
    .option("--port <n>", "port (0 = any free port)", "8080")
    .option("--host <addr>", "address to bind; the default keeps the dashboard local (0.0.0.0: every interface, with a warning and a token)", "127.0.0.1")
    .option("--allow-host <names>", "Host header names to accept besides this machine's own (comma-separated, repeatable; * = any)", collect, [])
    .option("--token [token]", "require a token on every request (default: a random one beyond loopback, none on loopback)")
    .option("--no-token", "do not require a token, even beyond loopback")
    .action(async (opts: ServeFlags) => {
      const d = await startDashboard({ runsDir: opts.runs, port: parsePort(opts.port), host: opts.host, allowHosts: opts.allowHost, token: opts.token });
      if (d.exposed) {
        const who = d.token ? "anyone who can reach it and has the token in the URL" : "anyone who can reach it (no token: --no-token)";
        process.stderr.write(
          `nocollapse: warning: the dashboard listens on ${opts.host} port ${d.port}, beyond loopback: ${who} can read every run under ${opts.runs} ` +
            `(configs, metrics, status, files). Host names accepted: ${d.allowedHosts.join(", ")}. See docs/security.md.\n`,
        );
      }
      console.log(`nocollapse dashboard: ${d.url}  (runs: ${opts.runs}; Ctrl-C to stop)`);
      if (d.localUrl && d.localUrl !== d.url) console.log(`  on this machine: ${d.localUrl}`);
      // Keep the command alive until a signal; then close cleanly so the exit code is 0.
      await new Promise<void>((ok) => {
        const stop = (): void => ok();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await d.close();
    });
}
