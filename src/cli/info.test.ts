import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_ROOT } from "../util/paths.js";
import { cudaVersionString, cudnnVersionString } from "./info.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
interface Described { source: string; root: string | null; version: string | null; cuda: boolean; cudaInclude: string | null; nccl: boolean; cxx11Abi: boolean; shim: boolean }
const libtorchMjs = join(PACKAGE_ROOT, "native", "libtorch.mjs");
const { describe } = (await import(pathToFileURL(libtorchMjs).href)) as { describe: (env: Record<string, string | undefined>) => Described };

test("CUDA and cuDNN version numbers read as their releases", () => {
  assert.equal(cudaVersionString(12040), "12.4");
  assert.equal(cudaVersionString(13000), "13.0");
  assert.equal(cudaVersionString(11070), "11.7");
  assert.equal(cudnnVersionString(90100), "9.1.0");
  assert.equal(cudnnVersionString(8902), "8.9.2");
  assert.equal(cudaVersionString(null), null);
});

test("info --json names the libtorch the addon was built with, and a CPU build has no CUDA", () => {
  const r = spawnSync(process.execPath, [BIN, "info", "--json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const info = JSON.parse(r.stdout) as Record<string, unknown>;
  const built = describe(process.env);
  assert.equal(info.libtorch, built.version, "the running libtorch is the one set-up described");
  assert.equal(typeof info.cudaBuilt, "boolean");
  assert.equal(info.cudaBuilt, built.cuda, "libtorch_cuda loaded exactly when the libtorch has it");
  if (!info.cudaBuilt) assert.deepEqual([info.cuda, info.gpus, info.cudaRuntime, info.nccl], [false, 0, null, false]);
  if (info.cuda) assert.ok((info.gpus as number) > 0 && (info.gpuNames as string[]).length === info.gpus);
});

// A libtorch tree of the layouts users have, with just the files libtorch.mjs looks at.
function fakeLibtorch(opts: { cxx11: boolean; cuda: boolean; contextHeader: boolean; version: [number, number, number] }): string {
  const root = mkdtempSync(join(tmpdir(), "fake-libtorch-"));
  const api = join(root, "include", "torch", "csrc", "api", "include", "torch");
  mkdirSync(api, { recursive: true });
  const [a, b, c] = opts.version;
  writeFileSync(join(api, "version.h"), `#pragma once\n#define TORCH_VERSION_MAJOR ${a}\n#define TORCH_VERSION_MINOR ${b}\n#define TORCH_VERSION_PATCH ${c}\n`);
  mkdirSync(join(root, "lib"));
  writeFileSync(join(root, "lib", "libtorch_cpu.so"), "");
  // The mangled name of std::string in the new ABI is what gives a cxx11 build away.
  writeFileSync(join(root, "lib", "libc10.so"), opts.cxx11 ? "_ZN3c10...NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE" : "_ZN3c10...Ss");
  if (opts.cuda) writeFileSync(join(root, "lib", "libtorch_cuda.so"), "");
  const c10d = join(root, "include", "torch", "csrc", "distributed", "c10d");
  mkdirSync(c10d, { recursive: true });
  writeFileSync(join(c10d, "ProcessGroupNCCL.hpp"), "");
  if (opts.contextHeader) {
    const ctx = join(root, "include", "torch", "csrc", "distributed", "autograd", "context");
    mkdirSync(ctx, { recursive: true });
    writeFileSync(join(ctx, "context.h"), "");
  }
  return root;
}

test("libtorch.mjs reads a libtorch's version, C++ ABI, CUDA and missing headers from its files", () => {
  const old = describe({ LIBTORCH: fakeLibtorch({ cxx11: false, cuda: false, contextHeader: false, version: [2, 5, 1] }) });
  assert.deepEqual([old.source, old.version, old.cxx11Abi, old.cuda, old.nccl, old.shim], ["LIBTORCH", "2.5.1", false, false, false, true]);
  const cu = fakeLibtorch({ cxx11: true, cuda: true, contextHeader: true, version: [2, 11, 0] });
  writeFileSync(join(cu, "include", "cuda_runtime_api.h"), "");
  writeFileSync(join(cu, "include", "nccl.h"), "");
  const d = describe({ LIBTORCH: cu });
  assert.deepEqual([d.version, d.cxx11Abi, d.cuda, d.nccl, d.shim, d.cudaInclude], ["2.11.0", true, true, true, false, join(cu, "include")]);
});

test("libtorch.mjs check: a LIBTORCH without headers, or a CUDA build without CUDA headers, is one line and exit 2", () => {
  const bare = mkdtempSync(join(tmpdir(), "not-libtorch-"));
  let r = spawnSync(process.execPath, [libtorchMjs, "check"], { encoding: "utf8", env: { ...process.env, LIBTORCH: bare } });
  assert.equal(r.status, 2);
  assert.match(r.stderr.trim(), new RegExp(`^nocollapse: LIBTORCH=${bare}: no ${bare}/include/torch/csrc/api/include \\(expected a libtorch`));
  assert.equal(r.stderr.trim().split("\n").length, 1);
  const cu = fakeLibtorch({ cxx11: true, cuda: true, contextHeader: true, version: [2, 6, 0] });
  r = spawnSync(process.execPath, [libtorchMjs, "check"], { encoding: "utf8", env: { ...process.env, LIBTORCH: cu } });
  if (describe({ LIBTORCH: cu }).cudaInclude === null) {
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is a CUDA build, but cuda_runtime_api\.h was not found/);
  }
});
