/**
 * Evaluation of a run folder: frozen features h (and z) of the train and test splits, a linear probe and a
 * weighted kNN on each. `baseline: "random"` evaluates a randomly initialised encoder of the same architecture
 * instead: the floor every SSL run must beat.
 *
 * @example
 * const r = await evaluateRun("runs/barlow-twins");
 * console.log(r.linearTop1, r.knnTop1); // percent, on h
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { cat, manualSeed, resolveDevice, setNumThreads, tidy, type Tensor } from "../tensor/index.js";
import { checkLabelRange, firstTrue, type ImageDataset } from "../data/index.js";
import { imagesFlag, loadRunData, pipelineFor } from "./data.js";
import type { SSLMethod } from "../methods/index.js";
import { buildMethod } from "./build.js";
import { fitLinearProbe, knnAccuracy } from "../eval/index.js";
import { InputError } from "../util/errors.js";
import { readTextFile, writeFileAtomic } from "../util/fs.js";
import { Progress } from "../util/progress.js";
import { checkpointPath, loadCheckpoint, runFingerprint } from "./checkpoint.js";
import { embedAll, evalInputs, spreadIndices } from "./probe.js";
import type { ResolvedConfig } from "./config.js";

export interface EvalOptions {
  /** Evaluate a random-init encoder of the run's architecture instead of the trained one. */
  baseline?: "random";
  /** Train images used to fit the probes (spread evenly over the split). Default 10,000. */
  trainSize?: number;
  /** Test images (default: the whole test split). */
  testSize?: number;
  /** Write DIR/eval.json (default true; baselines write eval-random.json). */
  write?: boolean;
  /** Probe h only (z's accuracies are then null): the study, which reports h, saves half the fitting time. */
  hOnly?: boolean;
  threads?: number;
  progress?: boolean;
  /** Where the features are computed and the probes fitted: auto (default: the first GPU, else the CPU), cpu, cuda:N. */
  device?: string;
}

/** Percent top-1 accuracies (the `eval --json` contract). */
export interface EvalResult {
  linearTop1: number;
  knnTop1: number;
  /** null with `hOnly`. */
  linearTop1Z: number | null;
  knnTop1Z: number | null;
  baseline: "random" | null;
  trainImages: number;
  testImages: number;
  /** The training step of the evaluated checkpoint (0 for the random-init baseline): eval may run during training. */
  step: number;
  seconds: number;
}

export function readRunConfig(dir: string): ResolvedConfig {
  const p = join(dir, "config.json");
  if (!existsSync(p)) throw new InputError(`--run ${dir}`, `no config.json (is this a run folder written by 'nocollapse train'?)`);
  const text = readTextFile(p, { maxBytes: 16 * 2 ** 20 });
  try {
    return JSON.parse(text) as ResolvedConfig;
  } catch {
    throw new InputError(p, "config.json is not valid JSON");
  }
}

/** Rebuilds the run's network: trained weights from its checkpoint, or a seeded random init for the baseline. */
export function loadRunModel(dir: string, cfg: ResolvedConfig, channels: number, random = false): SSLMethod {
  return loadRunModelAt(dir, cfg, channels, random).model;
}

/**
 * {@link loadRunModel}, with the step of the checkpoint loaded (0 for the baseline). The checkpoint must be this run's
 * (its fingerprint is that of config.json, as `--resume` requires) and its weights finite; else an InputError names
 * the checkpoint and why.
 */
function loadRunModelAt(dir: string, cfg: ResolvedConfig, channels: number, random: boolean, device = "cpu"): { model: SSLMethod; step: number } {
  manualSeed(cfg.seed);
  const model = buildMethod({ ...cfg, dtype: cfg.dtype ?? "float32", lossOptions: cfg.lossOptions ?? {} }, channels, device);
  if (random) return { model: model.eval(), step: 0 };
  const path = checkpointPath(dir);
  try {
    const ck = loadCheckpoint(dir, { dtype: cfg.dtype ?? "float32" });
    if (!ck) throw new InputError(`--run ${dir}`, "no checkpoint.safetensors: the run has not saved weights yet");
    try {
      const expected = runFingerprint(cfg);
      if (ck.state.fingerprint !== expected) {
        throw new InputError(path, `was written by a run with another configuration (fingerprint ${ck.state.fingerprint}; ` +
          `${join(dir, "config.json")} gives ${expected}): evaluate the run folder the checkpoint belongs to`);
      }
      for (const [name, t] of ck.model) {
        const bad = tidy(() => firstTrue(t.isfinite().logicalNot()));
        if (bad) {
          throw new InputError(`${path} [model.${name}]`, `${bad.count} NaN/Inf weight${bad.count === 1 ? "" : "s"} ` +
            `(the run diverged at or before step ${ck.state.step}); there is nothing meaningful to evaluate`);
        }
      }
      model.loadStateDict(ck.model, { where: path });
      return { model: model.eval(), step: ck.state.step };
    } finally {
      for (const t of [...ck.model.values(), ...ck.optim.values(), ...ck.online.values()]) t.dispose();
    }
  } catch (e) {
    model.dispose();
    throw e;
  }
}

/** A size flag: a positive integer or absent. */
function checkSize(flag: string, v: number | undefined): void {
  if (v !== undefined && !(Number.isInteger(v) && v >= 1)) throw new InputError(flag, `expected a positive integer, got ${v}`);
}

export async function evaluateRun(dir: string, opts: EvalOptions = {}): Promise<EvalResult> {
  const t0 = Date.now();
  checkSize("--train-size", opts.trainSize);
  checkSize("--test-size", opts.testSize);
  // Wherever the run trained: the checkpoint is read on the CPU and copied to this device (map_location).
  const device = resolveDevice(opts.device ?? "auto");
  setNumThreads(opts.threads ?? availableParallelism());
  const cfg = readRunConfig(dir);
  const { train, test } = await loadRunData(cfg);
  const testSet: ImageDataset = test ?? train;
  // One-hot targets and kNN votes have a slot per training class: a test label beyond them is not evaluable.
  if (test) checkLabelRange(test.labels, train.numClasses, cfg.dataset === "npy" && cfg.testLabels ? `--test-labels ${cfg.testLabels}` : `${imagesFlag(cfg)} (test split)`);
  const { model, step } = loadRunModelAt(dir, cfg, train.channels, opts.baseline === "random", device);
  const pipeline = pipelineFor(cfg, train);
  const bar = new Progress({ total: 4, label: "eval", unit: "stage", force: opts.progress });
  try {
    // Frozen features of `count` images spread over the split, embedded 2,048 at a time.
    const features = (ds: ImageDataset, count: number) =>
      tidy(() => {
        const idx = spreadIndices(ds.length, count);
        const hs: Tensor[] = [];
        const zs: Tensor[] = [];
        for (let s = 0; s < idx.length; s += 2048) {
          const { h, z } = embedAll(model, evalInputs(ds, idx.subarray(s, Math.min(idx.length, s + 2048)), pipeline).to({ dtype: cfg.dtype ?? "float32", device }));
          hs.push(h);
          zs.push(z);
        }
        return { h: cat(hs, 0), z: cat(zs, 0), y: ds.labelTensor(idx).toDevice(device) }; // [n, hDim], [n, zDim], [n]
      });
    const tr = features(train, opts.trainSize ?? 10_000);
    bar.tick();
    const te = features(testSet, opts.testSize ?? testSet.length);
    bar.tick();
    const C = train.numClasses;
    const probe = (a: Tensor, b: Tensor) => {
      const p = fitLinearProbe(a, tr.y, C);
      try {
        return p.accuracy(b, te.y);
      } finally {
        p.dispose();
      }
    };
    const linearTop1 = probe(tr.h, te.h);
    const knnTop1 = knnAccuracy(tr.h, tr.y, te.h, te.y, C);
    bar.tick();
    const linearTop1Z = opts.hOnly ? null : probe(tr.z, te.z);
    const knnTop1Z = opts.hOnly ? null : knnAccuracy(tr.z, tr.y, te.z, te.y, C);
    bar.tick();
    for (const t of [tr.h, tr.z, tr.y, te.h, te.z, te.y]) t.dispose();
    const r: EvalResult = {
      linearTop1: round2(linearTop1), knnTop1: round2(knnTop1), linearTop1Z: linearTop1Z === null ? null : round2(linearTop1Z), knnTop1Z: knnTop1Z === null ? null : round2(knnTop1Z),
      baseline: opts.baseline ?? null, trainImages: Math.min(train.length, opts.trainSize ?? 10_000), testImages: Math.min(testSet.length, opts.testSize ?? testSet.length),
      step, seconds: round2((Date.now() - t0) / 1000),
    };
    if (opts.write ?? true) writeFileAtomic(join(dir, opts.baseline === "random" ? "eval-random.json" : "eval.json"), JSON.stringify(r, null, 2) + "\n");
    return r;
  } finally {
    bar.done();
    model.dispose();
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
