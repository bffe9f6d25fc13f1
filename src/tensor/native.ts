/**
 * Loads the N-API addon (native/addon.cc). The only module that touches it directly is this folder.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";

/** What the libtorch the addon runs on is and can do (see `torchVersion()`). */
export interface NativeVersion {
  torch: string;
  parallel: string;
  /** libtorch_cuda is loaded: a CUDA build. */
  cudaBuilt: boolean;
  /** A GPU is usable now. */
  cuda: boolean;
  /** CUDA runtime version as CUDART_VERSION (12040 = 12.4), or null in a CPU build. */
  cudaRuntime: number | null;
  /** cuDNN version libtorch was built with (CUDNN_VERSION), or null. */
  cudnn: number | null;
  gpus: number;
  gpuNames: string[];
  /** The NCCL process group is compiled into the addon. */
  nccl: boolean;
}

/** The addon's surface. Handles are integers into a per-thread slot table of `at::Tensor`s. */
export interface NativeAddon {
  opResolve(name: string, overload: string): number;
  opCall(id: number, ...args: unknown[]): unknown;
  schemas(): NativeSchema[];
  fromBytes(data: ArrayBufferView | ArrayBuffer, shape: number[], dtype: number, pinned?: boolean): number;
  toBytes(h: number, share?: boolean): ArrayBuffer;
  meta(h: number): number[];
  device(h: number): string;
  item(h: number): number;
  isContiguous(h: number, memoryFormat: number): boolean;
  free(h: number): void;
  stats(): { live: number; created: number; disposed: number; bytes: number };
  backward(h: number, grad: number | null, retainGraph: boolean): void;
  grad(h: number): number | null;
  clearGrad(h: number): void;
  setRequiresGrad(h: number, flag: boolean): void;
  setGradEnabled(flag: boolean): boolean;
  copyInto(dst: number, src: number): void;
  setNumThreads(n: number): void;
  getNumThreads(): number;
  manualSeed(seed: number): void;
  version(): NativeVersion;
  setErrorClass(ctor: new (message: string, op: string) => Error): void;
  pgCreate(rank: number, size: number, host: string, port: number, timeoutMs: number, backend: string, device: string): number;
  pgDestroy(id: number): void;
  pgAllReduce(id: number, handles: number[], op: "sum" | "max" | "min"): void;
  pgBroadcast(id: number, handles: number[], root: number): void;
  pgAllGather(id: number, h: number): number;
  pgBarrier(id: number): void;
  allReduceSumDiff(id: number, h: number): number;
  allGatherDiff(id: number, h: number): number;
  ddpCreate(groupId: number, params: number[], bucketCapBytes: number): number;
  ddpPrepare(id: number): void;
  ddpDestroy(id: number): void;
  /** Sets autocast's state for a device type; `entering` counts nesting (the outermost exit clears the cast cache). */
  autocastSet(deviceType: "cpu" | "cuda", enabled: boolean, dtype: number, entering: boolean): [boolean, number];
  autocastState(deviceType: "cpu" | "cuda"): [boolean, number];
  setDeterministic(on: boolean): void;
  cudaSynchronize(index?: number): void;
  cudaSetDevice(index: number): void;
  cudaMemory(index?: number, resetPeak?: boolean): { allocated: number; reserved: number; peakAllocated: number };
  cudaEmptyCache(): void;
}

/** One registered operator schema, as the generator sees it. */
export interface NativeSchema {
  name: string;
  overload: string;
  schema: string;
  args: { name: string; type: string; kind: string; optional: boolean; hasDefault: boolean; kwargOnly: boolean; mutable: boolean }[];
  returns: string[];
}

export { PACKAGE_ROOT };

function load(): NativeAddon {
  const path = join(PACKAGE_ROOT, "native", "build", "Release", "nocollapse.node");
  if (!existsSync(path)) {
    throw new Error(`the native addon is not built (looked for ${path}); run 'npm run setup' first`);
  }
  const require = createRequire(import.meta.url);
  return require(path) as NativeAddon;
}

let loaded: NativeAddon | null = null;
const onLoad: ((addon: NativeAddon) => void)[] = [];

/** Runs `fn` with the addon once it is loaded (at once if it already is). */
export function whenLoaded(fn: (addon: NativeAddon) => void): void {
  if (loaded) fn(loaded);
  else onLoad.push(fn);
}

/** Whether the addon has been loaded (it is loaded on first use, so `report`, `serve` and `--help` never need it). */
export function nativeLoaded(): boolean {
  return loaded !== null;
}

/**
 * The addon, loaded on the first property access. Modules above tensor/ (method definitions, the CLI's help) can be
 * imported without libtorch; the first op loads it. After that `native` is the addon itself (an ESM live binding),
 * so hot paths do not go through the proxy.
 */
export let native: NativeAddon = new Proxy({} as NativeAddon, {
  get(_target, key) {
    if (!loaded) {
      loaded = load();
      for (const fn of onLoad.splice(0)) fn(loaded);
    }
    native = loaded;
    return loaded[key as keyof NativeAddon];
  },
});
