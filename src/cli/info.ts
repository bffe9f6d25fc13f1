/** `nocollapse info`: which libtorch (version, where from, C++ ABI), CUDA built in or not, GPUs, NCCL, the device `auto` picks, threads. */
import type { Command } from "commander";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getNumThreads, resolveDevice, torchVersion } from "../tensor/index.js";
import { PACKAGE_ROOT } from "../util/paths.js";

/** What set-up recorded about the libtorch the addon was built against (native/libtorch.mjs describe). */
interface BuildRecord {
  source: "LIBTORCH" | "distribution";
  root: string | null;
  lib: string;
  cxx11Abi: boolean;
}

function buildRecord(): BuildRecord | null {
  const f = join(PACKAGE_ROOT, "native", "build", "libtorch.json");
  if (!existsSync(f)) return null;
  try {
    return JSON.parse(readFileSync(f, "utf8")) as BuildRecord;
  } catch {
    return null;
  }
}

/** CUDART_VERSION 12040 → "12.4"; CUDNN_VERSION 90100 → "9.1.0" (cuDNN ≥ 9), 8902 → "8.9.2" (cuDNN 8). */
export function cudaVersionString(v: number | null): string | null {
  return v === null ? null : `${Math.floor(v / 1000)}.${Math.floor((v % 1000) / 10)}`;
}
export function cudnnVersionString(v: number | null): string | null {
  if (v === null) return null;
  const major = v >= 90000 ? Math.floor(v / 10000) : Math.floor(v / 1000);
  const rest = v >= 90000 ? v % 10000 : v % 1000;
  return `${major}.${Math.floor(rest / 100)}.${rest % 100}`;
}

/** The facts `info` prints, as one object (also its `--json`). */
export function collectInfo(): Record<string, unknown> {
  const v = torchVersion();
  const b = buildRecord();
  return {
    libtorch: v.torch,
    libtorchFrom: b ? (b.root ?? `the distribution (${b.lib})`) : "unknown (no native/build/libtorch.json)",
    cxx11Abi: b?.cxx11Abi ?? null,
    cudaBuilt: v.cudaBuilt,
    cudaRuntime: cudaVersionString(v.cudaRuntime),
    cudnn: cudnnVersionString(v.cudnn),
    cuda: v.cuda,
    gpus: v.gpus,
    gpuNames: v.gpuNames,
    nccl: v.nccl,
    // What `--device auto` (the default of train, study and eval) picks on this machine.
    device: resolveDevice("auto"),
    threads: getNumThreads(),
    parallel: v.parallel.split("\n").find((l) => /ATen parallel backend/.test(l))?.split(":")[1]?.trim() ?? "",
    node: process.version,
  };
}

export function register(program: Command): void {
  program
    .command("info")
    .description("show the libtorch build (version, where from, CUDA), the GPUs, NCCL and threads nocollapse uses")
    .option("--json", "print JSON")
    .action((opts: { json?: boolean }) => {
      const info = collectInfo();
      if (opts.json) console.log(JSON.stringify(info));
      else {
        for (const [k, val] of Object.entries(info)) {
          const text = Array.isArray(val) ? (val.length ? val.join("; ") : "none") : val === null ? "-" : String(val);
          console.log(`${k.padEnd(13)} ${text}`);
        }
        if (!info.cudaBuilt) console.log("(a CPU build of libtorch: GPUs need a CUDA libtorch, see the README)");
        else if (!info.cuda) console.log("(CUDA is built in, but no GPU is visible: everything runs on the CPU)");
      }
    });
}
