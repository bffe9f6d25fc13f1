/**
 * The torchrun environment contract: RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT. Any launcher that
 * sets them (torchrun-style, Slurm with the variables mapped from SLURM_PROCID / SLURM_NTASKS, Kubernetes) starts
 * nocollapse workers.
 */
import { InputError } from "../util/errors.js";

export interface DistEnv {
  rank: number;
  worldSize: number;
  localRank: number;
  masterAddr: string;
  masterPort: number;
}

function intVar(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === "") return undefined;
  const x = Number(v);
  if (!Number.isInteger(x) || x < 0) throw new InputError(name, `expected a non-negative integer, got '${v}'`);
  return x;
}

/**
 * Reads the launch environment. Returns null for a plain single-process run (none of the variables set).
 * @throws InputError naming the variable when the contract is broken (WORLD_SIZE missing, RANK ≥ WORLD_SIZE, ...).
 */
export function readDistEnv(env: NodeJS.ProcessEnv = process.env): DistEnv | null {
  const rank = intVar(env, "RANK");
  const worldSize = intVar(env, "WORLD_SIZE");
  if (rank === undefined && worldSize === undefined) return null;
  if (worldSize === undefined) throw new InputError("WORLD_SIZE", "RANK is set but WORLD_SIZE is not (set both, as torchrun does)");
  if (worldSize < 1) throw new InputError("WORLD_SIZE", `must be at least 1, got ${worldSize}`);
  if (rank === undefined) throw new InputError("RANK", "WORLD_SIZE is set but RANK is not (set both, as torchrun does)");
  if (rank >= worldSize) throw new InputError("RANK", `RANK ${rank} must be smaller than WORLD_SIZE ${worldSize}`);
  const port = intVar(env, "MASTER_PORT") ?? 29500;
  if (port < 1 || port > 65535) throw new InputError("MASTER_PORT", `expected a port in 1..65535, got ${port}`);
  return { rank, worldSize, localRank: intVar(env, "LOCAL_RANK") ?? rank, masterAddr: env.MASTER_ADDR || "127.0.0.1", masterPort: port };
}
