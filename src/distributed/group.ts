/**
 * A c10d process group (libtorch's ProcessGroupGloo on CPU, ProcessGroupNCCL on GPUs where the libtorch has it, with a TCPStore rendezvous at MASTER_ADDR:MASTER_PORT
 * hosted by rank 0). Collectives block until done or until the group's timeout; a lost peer or a timeout becomes a
 * TorchError, never a hang or an abort.
 *
 * @example
 * const pg = ProcessGroup.init(readDistEnv()!);
 * pg.allReduce([grad], "sum");
 * const zAll = pg.allGatherDiff(z);  // [N·W, D], gradients flow back to this rank's rows
 */
import { native } from "../tensor/native.js";
import { TorchError, setCurrentDevice, type Tensor } from "../tensor/index.js";
import { wrap } from "../tensor/runtime.js";
import { InputError } from "../util/errors.js";
import type { DistEnv } from "./env.js";

export class ProcessGroup {
  private destroyed = false;
  private constructor(
    private readonly id: number,
    readonly rank: number,
    readonly worldSize: number,
    /** The c10d backend: Gloo (CPU tensors) or NCCL (this rank's GPU). */
    readonly backend: "gloo" | "nccl" = "gloo",
    /** Where this group's collectives take their tensors. */
    readonly device: string = "cpu",
  ) {}

  /** Joins the group (blocks until all WORLD_SIZE ranks have joined, or the timeout). */
  static init(env: DistEnv, opts: { timeoutMs?: number; backend?: "gloo" | "nccl"; device?: string } = {}): ProcessGroup {
    const backend = opts.backend ?? "gloo";
    const device = opts.device ?? "cpu";
    // NCCL binds each rank to the current GPU: make it this rank's before the communicator is created.
    if (backend === "nccl") setCurrentDevice(device);
    try {
      const id = native.pgCreate(env.rank, env.worldSize, env.masterAddr, env.masterPort, opts.timeoutMs ?? 60_000, backend, device);
      return new ProcessGroup(id, env.rank, env.worldSize, backend, device);
    } catch (e) {
      if (e instanceof TorchError && /address already in use|EADDRINUSE/i.test(e.message)) {
        throw new InputError("MASTER_PORT", `port ${env.masterPort} on ${env.masterAddr} is already in use (pick another --master-port)`);
      }
      if (e instanceof TorchError && /timed? ?out|timeout/i.test(e.message)) {
        throw new InputError("MASTER_ADDR", `rendezvous at ${env.masterAddr}:${env.masterPort} timed out waiting for ${env.worldSize} ranks (${e.torchMessage})`);
      }
      throw e;
    }
  }

  get isMain(): boolean {
    return this.rank === 0;
  }

  /** In-place reduction of the tensors (one collective for all of them: they are flattened into one buffer). */
  allReduce(tensors: Tensor[], op: "sum" | "max" | "min" = "sum"): void {
    if (tensors.length) native.pgAllReduce(this.id, tensors.map((t) => t.handle), op);
  }
  /** In-place broadcast of each tensor from `root`. */
  broadcast(tensors: Tensor[], root = 0): void {
    if (tensors.length) native.pgBroadcast(this.id, tensors.map((t) => t.handle), root);
  }
  /** Every rank's rows, concatenated in rank order (no gradient). */
  allGather(t: Tensor): Tensor {
    return wrap(native.pgAllGather(this.id, t.handle));
  }
  /** Sum over ranks whose gradient is the sum over ranks of the incoming gradients. */
  allReduceSumDiff(t: Tensor): Tensor {
    return wrap(native.allReduceSumDiff(this.id, t.handle));
  }
  /** All-gather along dim 0 with gradients flowing back to this rank's rows (summed over ranks). */
  allGatherDiff(t: Tensor): Tensor {
    return wrap(native.allGatherDiff(this.id, t.handle));
  }
  /**
   * Binds PyTorch's DDP Reducer (c10d::Reducer) to `params` on this group; see {@link GradientReducer}.
   */
  createReducer(params: Tensor[], bucketCapBytes: number): { prepare(): void; destroy(): void } {
    const id = native.ddpCreate(this.id, params.map((p) => p.handle), bucketCapBytes);
    let live = true;
    return {
      prepare: () => native.ddpPrepare(id),
      destroy: () => {
        if (live) native.ddpDestroy(id);
        live = false;
      },
    };
  }
  barrier(): void {
    native.pgBarrier(this.id);
  }
  destroy(): void {
    if (!this.destroyed) native.pgDestroy(this.id);
    this.destroyed = true;
  }
}
