import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { backstopFreedCount, cudaMemory, memory, synchronize } from "../tensor/index.js";
import { onDevice, testDevices } from "../testing/devices.js";
import { train } from "./train.js";
import { evaluateRun } from "./evaluate.js";

for (const device of testDevices()) test(onDevice(device, "the real training loop does not leak: live tensors and bytes (and CUDA memory) are flat from step to step, and all freed at the end"), async () => {
  const before = memory();
  const backstop0 = backstopFreedCount();
  const live: number[] = [];
  const bytes: number[] = [];
  const gpu: number[] = [];
  const r = await train(
    { method: "vicreg", maxSteps: 40, batchSize: 32, probeSize: 64, metricsEvery: 10, checkpointEvery: 15, threads: 1, prefetch: "main", device, out: join(mkdtempSync(join(tmpdir(), "mem-")), "run") },
    {
      verbose: false,
      progress: false,
      onLog: () => {
        const m = memory();
        live.push(m.liveTensors);
        bytes.push(m.bytes);
        synchronize(device);
        const c = cudaMemory(device);
        if (c) gpu.push(c.allocated);
      },
    },
  );
  assert.equal(r.steps, 40);
  // From step 2 on (optimizer state exists), every step ends with the same live tensors and bytes, probes and
  // checkpoints included.
  assert.deepEqual(new Set(live.slice(1)).size, 1, `live tensors per step: ${live.join(",")}`);
  assert.deepEqual(new Set(bytes.slice(1)).size, 1, `bytes per step: ${bytes.join(",")}`);
  // The caching allocator's allocated bytes (what torch.cuda.memory_allocated reads) are flat as well.
  if (device !== "cpu") assert.deepEqual(new Set(gpu.slice(1)).size, 1, `CUDA bytes allocated per step: ${gpu.join(",")}`);
  const after = memory();
  assert.equal(after.liveTensors - before.liveTensors, 0, "everything the run made is freed when it returns");
  await evaluateRun(r.out, { trainSize: 500, testSize: 200, write: false, device });
  assert.equal(memory().liveTensors - before.liveTensors, 0, "evaluation frees its features, probes and model");
  // Nothing was left for the GC backstop either: every tensor was freed by a scope or dispose().
  setFlagsFromString("--expose_gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  await new Promise((res) => setTimeout(res, 50));
  assert.equal(backstopFreedCount(), backstop0, "tensors dropped without dispose were found by the GC backstop");
});

test("resuming frees the checkpoint's tensors once they are copied into the model and the optimizer", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "mem-")), "run");
  const cfg = { method: "barlow-twins" as const, batchSize: 32, probeSize: 32, metricsEvery: 100, checkpointEvery: 2, threads: 1, prefetch: "main" as const, out };
  await train({ ...cfg, maxSteps: 2 }, { verbose: false, progress: false });
  const before = memory().liveTensors;
  const r = await train({ ...cfg, maxSteps: 4 }, { verbose: false, progress: false, resume: true });
  assert.equal(r.steps, 4);
  assert.equal(memory().liveTensors - before, 0);
});
