/**
 * The local launcher behind `train --nproc-per-node N`: spawns N workers on this node with the torchrun
 * environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT), splits the cores between them, passes
 * rank 0's output through, and supervises: when a worker dies (signal or non-zero exit) the others are stopped and
 * the error names the lost rank, instead of the group hanging in a collective.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { createServer } from "node:net";
import { InputError } from "../util/errors.js";

export interface LaunchOptions {
  nprocPerNode: number;
  nnodes?: number;
  nodeRank?: number;
  masterAddr?: string;
  /** Default: a free port when nnodes = 1, else 29500. */
  masterPort?: number;
  /** Node binary and script + arguments each worker runs. */
  command: string[];
  /** Grace period before SIGKILL when stopping the others. Default 10 s. */
  killGraceMs?: number;
}

export interface LaunchResult {
  code: number;
  /** One line saying which rank failed and how, when one did. */
  failure: string | null;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function launchLocal(o: LaunchOptions): Promise<LaunchResult> {
  const nnodes = o.nnodes ?? 1;
  const nodeRank = o.nodeRank ?? 0;
  if (!Number.isInteger(o.nprocPerNode) || o.nprocPerNode < 1) throw new InputError("--nproc-per-node", `expected a positive integer, got ${o.nprocPerNode}`);
  if (nodeRank < 0 || nodeRank >= nnodes) throw new InputError("--node-rank", `must be in 0..${nnodes - 1}, got ${nodeRank}`);
  const worldSize = o.nprocPerNode * nnodes;
  const masterAddr = o.masterAddr ?? "127.0.0.1";
  const masterPort = o.masterPort ?? (nnodes === 1 ? await freePort() : 29500);
  const threads = Math.max(1, Math.floor(availableParallelism() / o.nprocPerNode));
  const children: ChildProcess[] = [];
  const stderrTail: string[][] = [];
  let failure: string | null = null;
  let stopping = false;

  const stopOthers = (grace: number) => {
    stopping = true;
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
    setTimeout(() => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    }, grace).unref();
  };

  const exits = Array.from({ length: o.nprocPerNode }, (_, local) => {
    const rank = nodeRank * o.nprocPerNode + local;
    const child = spawn(o.command[0]!, o.command.slice(1), {
      env: {
        ...process.env, RANK: String(rank), WORLD_SIZE: String(worldSize), LOCAL_RANK: String(local),
        MASTER_ADDR: masterAddr, MASTER_PORT: String(masterPort), OMP_NUM_THREADS: String(threads),
        NOCOLLAPSE_THREADS: String(threads),
      },
      stdio: ["ignore", rank === 0 ? "inherit" : "ignore", "pipe"],
    });
    children.push(child);
    const tail: string[] = [];
    stderrTail.push(tail);
    child.stderr!.on("data", (d: Buffer) => {
      if (rank === 0) process.stderr.write(d);
      tail.push(...d.toString().split("\n").filter(Boolean));
      if (tail.length > 20) tail.splice(0, tail.length - 20);
    });
    return new Promise<void>((resolve) => {
      child.on("exit", (code, signal) => {
        if ((code !== 0 || signal) && !stopping) {
          const last = tail.filter((l) => l.startsWith("nocollapse:")).pop() ?? tail.at(-1) ?? "";
          failure = signal
            ? `worker rank ${rank} (pid ${child.pid}) was killed by ${signal}; stopped the other ${worldSize - 1} rank(s)`
            : `worker rank ${rank} (pid ${child.pid}) exited with code ${code}${last ? `: ${last.replace(/^nocollapse: /, "")}` : ""}`;
          stopOthers(o.killGraceMs ?? 10_000);
        }
        resolve();
      });
    });
  });
  const onSignal = () => stopOthers(o.killGraceMs ?? 10_000);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  await Promise.all(exits);
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  if (failure) return { code: 1, failure };
  const bad = children.find((c) => c.exitCode !== 0);
  return { code: bad ? bad.exitCode ?? 1 : 0, failure: null };
}
