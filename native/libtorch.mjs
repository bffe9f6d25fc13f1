#!/usr/bin/env node
// Finds the libtorch the addon is built against and says how to compile and link with it. One place for this
// knowledge: binding.gyp asks it for flags, scripts/setup.sh for a description, `nocollapse info` reads the
// description it leaves next to the built addon (build/libtorch.json).
//
// Where libtorch comes from:
//   LIBTORCH=DIR   an unpacked libtorch zip, or the package folder of a pip-installed torch
//                  (python3 -c 'import torch, os; print(os.path.dirname(torch.__file__))'): DIR/include, DIR/lib
//   unset          the distribution's libtorch-dev (Debian: headers in /usr/include, libraries in the multiarch dir)
//
//   node native/libtorch.mjs describe        JSON: {source, version, include, lib, cuda, nccl, cxx11Abi, ...}
//   node native/libtorch.mjs include_dirs|libraries|defines|cflags   for binding.gyp (one item per line)
//   node native/libtorch.mjs check           exit 2 with one line naming what is missing
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function multiarchLibDir() {
  const dirs = [];
  try {
    dirs.push(join("/usr/lib", execFileSync("gcc", ["-print-multiarch"], { encoding: "utf8" }).trim()));
  } catch {
    // no gcc: fall through to the common locations
  }
  dirs.push("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib");
  return dirs.find((d) => existsSync(join(d, "libtorch_cpu.so"))) ?? dirs[0];
}

function readVersion(include) {
  // 2.14 moved the macros to torch/headeronly/version.h (torch/version.h includes it).
  const f = [join(include, "torch", "headeronly", "version.h"), join(include, "torch", "csrc", "api", "include", "torch", "version.h"), join(include, "torch", "version.h")].find(existsSync);
  if (!f) return null;
  const text = readFileSync(f, "utf8");
  const part = (n) => new RegExp(`#define TORCH_VERSION_${n} (\\d+)`).exec(text)?.[1];
  const [a, b, c] = [part("MAJOR"), part("MINOR"), part("PATCH")];
  return a && b && c ? `${a}.${b}.${c}` : null;
}

// libtorch's C++ ABI: a library built with the pre-C++11 std::string ABI (pip wheels before 2.7, the
// "pre-cxx11" libtorch zips) mangles std::string without __cxx11; the addon must be compiled the same way.
function usesCxx11Abi(lib) {
  const f = join(lib, "libc10.so");
  if (!existsSync(f)) return true;
  return readFileSync(f).includes("St7__cxx1112basic_string");
}

// Headers a CUDA build of libtorch's own headers include (cuda_runtime_api.h, nccl.h): the system's CUDA toolkit,
// or the nvidia-* wheels next to a pip-installed torch.
function findHeader(name, candidates) {
  return candidates.find((d) => existsSync(join(d, name))) ?? null;
}
function nvidiaWheelIncludes(root) {
  const nv = root ? join(root, "..", "nvidia") : null;
  return nv && existsSync(nv) ? readdirSync(nv).map((d) => join(nv, d, "include")) : [];
}

export function describe(env = process.env) {
  const root = env.LIBTORCH ? resolve(env.LIBTORCH) : null;
  const include = root ? join(root, "include") : "/usr/include";
  const lib = root ? join(root, "lib") : multiarchLibDir();
  const version = readVersion(include);
  const cuda = existsSync(join(lib, "libtorch_cuda.so"));
  const cudaIncludeCandidates = [include, ...nvidiaWheelIncludes(root), "/usr/local/cuda/include", "/usr/include"];
  const cudaInclude = cuda ? findHeader("cuda_runtime_api.h", cudaIncludeCandidates) : null;
  const ncclInclude = cuda ? findHeader("nccl.h", cudaIncludeCandidates) : null;
  const ncclHeader = existsSync(join(include, "torch", "csrc", "distributed", "c10d", "ProcessGroupNCCL.hpp"));
  return {
    source: root ? "LIBTORCH" : "distribution",
    root,
    version,
    include,
    lib,
    cuda,
    cudaInclude,
    // NCCL needs a CUDA libtorch, its process-group header and nccl.h; without one the Gloo path is all there is.
    nccl: cuda && ncclHeader && ncclInclude !== null,
    ncclInclude,
    cxx11Abi: usesCxx11Abi(lib),
    // PyTorch 2.12 and later require C++20 of every translation unit that includes ATen's headers (their #error
    // "C++20 or later compatible compiler is required"); older ones are C++17 code.
    cxxStandard: atLeast(version, 2, 12) ? "c++20" : "c++17",
    // Debian's libtorch-dev 1.13 omits distributed/autograd/context/context.h, which c10d's reducer.hpp includes;
    // native/shim declares the two names used. Full libtorch builds and Debian 13's 2.6 ship the header.
    shim: !existsSync(join(include, "torch", "csrc", "distributed", "autograd", "context", "context.h")),
  };
}

/** Whether a "major.minor.patch" version string is at least major.minor. */
function atLeast(version, major, minor) {
  const [a, b] = String(version ?? "0.0").split(".").map(Number);
  return a > major || (a === major && b >= minor);
}

function problems(d) {
  const where = d.root ? `LIBTORCH=${d.root}` : "the distribution's libtorch-dev";
  if (!existsSync(join(d.include, "torch", "csrc", "api", "include"))) return `${where}: no ${join(d.include, "torch", "csrc", "api", "include")} (expected a libtorch with C++ headers: an unpacked libtorch zip, a pip torch package folder, or Debian's libtorch-dev)`;
  if (!existsSync(join(d.lib, "libtorch_cpu.so"))) return `${where}: no ${join(d.lib, "libtorch_cpu.so")}`;
  if (!d.version) return `${where}: cannot read TORCH_VERSION from torch/version.h`;
  if (d.cuda && !d.cudaInclude) return `${where} is a CUDA build, but cuda_runtime_api.h was not found (install the CUDA toolkit headers: Debian's nvidia-cuda-toolkit-headers or /usr/local/cuda)`;
  return null;
}

function flags(d, what) {
  switch (what) {
    case "include_dirs": {
      // /usr/include is the compiler's own system directory: naming it with -I would change the search order.
      const dirs = [d.include, join(d.include, "torch", "csrc", "api", "include"), d.cudaInclude, d.nccl ? d.ncclInclude : null];
      return [...new Set(dirs)].filter((x) => x && x !== "/usr/include");
    }
    case "defines":
      return [
        "USE_C10D_GLOO",
        "USE_DISTRIBUTED",
        ...(d.cxx11Abi ? [] : ["_GLIBCXX_USE_CXX11_ABI=0"]),
        ...(d.cuda ? ["NOCOLLAPSE_CUDA"] : []),
        ...(d.nccl ? ["USE_C10D_NCCL"] : []),
      ];
    case "cflags":
      return [`-std=${d.cxxStandard}`, ...(d.shim ? ["-idirafter", join(here, "shim")] : [])];
    case "libraries":
      // --no-as-needed: the addon calls nothing in libtorch.so / libtorch_cuda.so directly, so GCC's default
      // --as-needed would drop them, and the CUDA kernels (registered when libtorch_cuda loads) would be missing.
      return [
        `-L${d.lib}`,
        ...(d.root ? [`-Wl,-rpath,${d.lib}`] : []),
        "-Wl,--no-as-needed",
        "-ltorch",
        "-ltorch_cpu",
        "-lc10",
        ...(d.cuda ? ["-ltorch_cuda", ...(existsSync(join(d.lib, "libc10_cuda.so")) ? ["-lc10_cuda"] : [])] : []),
        "-Wl,--as-needed",
      ];
    default:
      throw new Error(`unknown query '${what}'`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = process.argv[2] ?? "describe";
  const d = describe();
  const bad = problems(d);
  if (what === "check" || bad) {
    if (bad) {
      console.error(`nocollapse: ${bad}`);
      process.exit(2);
    }
    process.exit(0);
  }
  if (what === "describe") console.log(JSON.stringify(d, null, 2));
  else console.log(flags(d, what).join("\n"));
}
