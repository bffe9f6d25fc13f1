/**
 * The local launcher behind `train --nproc-per-node N`: spawns N workers on this node with the torchrun
 * environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT), splits the cores between them, passes
 * rank 0's output through, and supervises: when a worker dies (signal or non-zero exit) the others are stopped and
 * the error names the lost rank, instead of the group hanging in a collective.
 *
 * On one node the rendezvous goes through a file in a private folder (mode 0700, removed afterwards), not a TCP
 * port: libtorch's TCPStore server cannot be bound to one address (1.13 has no option for it, and 2.x binds every
 * interface too unless handed a listening socket), so a TCP rendezvous would listen, unauthenticated, on every
 * interface of the machine. With the file store, the workers' only sockets are Gloo's, on 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { createServer, isIP } from "node:net";
import { join } from "node:path";
import { InputError } from "../util/errors.js";

export interface LaunchOptions {
  nprocPerNode: number;
  nnodes?: number;
  nodeRank?: number;
  masterAddr?: string;
  /** TCP rendezvous port, default 29500; unused on one node (the rendezvous is a private file there). */
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

/** Whether `addr` names this machine's loopback only (localhost, 127.0.0.0/8, ::1). */
function isLoopback(addr: string): boolean {
  const a = addr.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return a === "localhost" || a === "::1" || (isIP(a) === 4 && a.startsWith("127."));
}

/**
 * Where the workers meet: a file in a fresh private folder for a single-node run whose master address is loopback
 * (the default), else MASTER_ADDR:MASTER_PORT over TCP (multi-node, or an explicit non-loopback or file:// address).
 */
function rendezvous(o: LaunchOptions, nnodes: number): { masterAddr: string; masterPort: number; privateDir: string | null } {
  const addr = o.masterAddr ?? "127.0.0.1";
  const port = o.masterPort ?? 29500;
  if (port < 1 || port > 65535) throw new InputError("--master-port", `expected a port in 1..65535, got ${port}`);
  if (nnodes !== 1 || !isLoopback(addr)) return { masterAddr: addr, masterPort: port, privateDir: null };
  const privateDir = mkdtempSync(join(tmpdir(), "nocollapse-rendezvous-")); // mode 0700: other users cannot reach it
  return { masterAddr: `file://${join(privateDir, "store")}`, masterPort: port, privateDir };
}

/**
 * Spawns and supervises this node's workers; resolves when all have exited. On one node with a loopback (default)
 * master address the rendezvous is a file in a private temporary folder, so no port is opened beyond loopback.
 *
 * @example
 * const r = await launchLocal({ nprocPerNode: 2, command: [process.execPath, "bin/nocollapse", "train", "--method", "vicreg"] });
 * if (r.failure) console.error(r.failure);
 */
export async function launchLocal(o: LaunchOptions): Promise<LaunchResult> {
  const nnodes = o.nnodes ?? 1;
  const nodeRank = o.nodeRank ?? 0;
  if (!Number.isInteger(o.nprocPerNode) || o.nprocPerNode < 1) throw new InputError("--nproc-per-node", `expected a positive integer, got ${o.nprocPerNode}`);
  if (!Number.isInteger(nnodes) || nnodes < 1) throw new InputError("--nnodes", `expected a positive integer, got ${nnodes}`);
  if (nodeRank < 0 || nodeRank >= nnodes) throw new InputError("--node-rank", `must be in 0..${nnodes - 1}, got ${nodeRank}`);
  const worldSize = o.nprocPerNode * nnodes;
  const { masterAddr, masterPort, privateDir } = rendezvous(o, nnodes);
  try {
    return await supervise(o, nodeRank, worldSize, masterAddr, masterPort);
  } finally {
    if (privateDir) rmSync(privateDir, { recursive: true, force: true });
  }
}

async function supervise(o: LaunchOptions, nodeRank: number, worldSize: number, masterAddr: string, masterPort: number): Promise<LaunchResult> {
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
