/**
 * Checkpoints: one safetensors file holding the method's networks (`model.<PyTorch name>`, EMA targets included),
 * the optimizer state (`optim.<param>.<slot>`), the online probe (`online.head.*`, `online.optim.*`) and, in its
 * metadata, everything else a resume needs (step, loader position, optimizer scalars, collapse-tracking state).
 * One file, written atomically (temp, fsync, rename), so a `kill -9` at any moment leaves either the previous checkpoint or the new one, never a mix. `checkpoint.json` is a readable copy of
 * the metadata, written after it.
 *
 * Nothing in a checkpoint is trusted on load: the state is validated with {@link CheckpointStateSchema} and the
 * tensors against it and each other (dtypes, optimizer slots per parameter, shapes); a refusal names the file and
 * the field.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readSafetensors, writeSafetensors, inspectSafetensors, type SafetensorsEntry, type Tensor } from "../tensor/index.js";
import { writeFileAtomic } from "../util/fs.js";
import { InputError } from "../util/errors.js";
import type { CheckpointState } from "../runfolder/index.js";

export const CHECKPOINT_FILE = "checkpoint.safetensors";

export type { CheckpointState } from "../runfolder/index.js";

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const diagnosis = z.enum(["healthy", "dimensional-collapse", "total-collapse"]);
const peak = z.object({ peakTrace: z.number().min(0), peakStep: count, startTrace: z.number().min(0).optional(), startStep: count.optional() }).strict();
const streak = z.object({ diagnosis, since: count, probes: count }).strict();
const active = z.object({ kind: z.enum(["dimensional-collapse", "total-collapse"]), since: count }).strict().nullable();

/**
 * The schema of {@link CheckpointState}: integer counts in range, finite numbers, known diagnoses, a 16-hex-digit
 * fingerprint, and the cross-checks a real run satisfies (no step recorded after `step`, per-parameter optimizer
 * steps ≤ `step`).
 *
 * @example
 * CheckpointStateSchema.safeParse(JSON.parse(meta)).success
 */
export const CheckpointStateSchema = z
  .object({
    version: z.literal(1),
    step: count,
    loader: z.object({ epoch: count, index: count }).strict(),
    optimizerScalars: z.record(z.string(), z.number()),
    seconds: z.number().min(0),
    lastDiagnosis: z.object({ h: diagnosis, z: diagnosis }).strict(),
    collapseStep: count.nullable(),
    peaks: z.object({ h: peak, z: peak }).strict().optional(),
    streak: z.object({ h: streak, z: streak }).strict().optional(),
    active: z.object({ h: active, z: active }).strict().optional(),
    onlineScalars: z.record(z.string(), z.number()).optional(),
    scaler: z.object({ scale: z.number().positive(), growthTracker: count }).strict().optional(),
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/, "expected 16 hexadecimal digits"),
  })
  .strict()
  .superRefine((s, ctx) => {
    const after = (path: (string | number)[], v: number) => ctx.addIssue({ code: "custom", path, message: `${v} is after the checkpoint's step ${s.step}` });
    if (s.collapseStep !== null && s.collapseStep > s.step) after(["collapseStep"], s.collapseStep);
    for (const w of ["h", "z"] as const) if (s.peaks && s.peaks[w].peakStep > s.step) after(["peaks", w, "peakStep"], s.peaks[w].peakStep);
    for (const [k, v] of Object.entries(s.optimizerScalars)) {
      if (k.endsWith(".step") && !(Number.isInteger(v) && v >= 0 && v <= s.step)) {
        ctx.addIssue({ code: "custom", path: ["optimizerScalars", k], message: `expected a whole number of steps in 0..${s.step}, got ${v}` });
      } else if (k.startsWith("group.") && !(v >= 0)) {
        ctx.addIssue({ code: "custom", path: ["optimizerScalars", k], message: `expected a learning rate ≥ 0, got ${v}` });
      }
    }
  });

// The schema's output type must be the interface the trainer writes.
const _sameType: (s: z.infer<typeof CheckpointStateSchema>) => CheckpointState = (s) => s;
void _sameType;

export function checkpointPath(dir: string): string {
  return join(dir, CHECKPOINT_FILE);
}

/**
 * The identity of a run's trajectory: a hash of the resolved config without the fields that do not change it (output
 * folder, threads, logging, stopping, and where it runs: the device, the c10d backend, the memory layout, so that a run
 * started on a GPU resumes on the CPU and back). `--resume` and `eval` refuse a checkpoint whose fingerprint differs.
 *
 * @example
 * runFingerprint(JSON.parse(readFileSync("runs/bt/config.json", "utf8"))) // "3d656fa4abccbdbf"
 */
export function runFingerprint(cfg: object): string {
  const {
    out: _out, threads: _t, prefetch: _p, checkpointEvery: _c, metricsEvery: _m, stopOnCollapse: _s, epochs: _e, maxSteps: _x,
    bucketCapMb: _b, gradOverlap: _g, device: _d, backend: _k, channelsLast: _l, deterministic: _r, ...rest
  } = cfg as Record<string, unknown>;
  // float32 adds nothing, so that runs from before mixed precision existed keep their fingerprint.
  if (rest.precision === "32") delete rest.precision;
  return createHash("sha256").update(JSON.stringify(rest)).digest("hex").slice(0, 16);
}

export function saveCheckpoint(dir: string, model: Map<string, Tensor>, optim: Map<string, Tensor>, state: CheckpointState, online?: Map<string, Tensor>): void {
  const tensors = new Map<string, Tensor>();
  for (const [k, t] of model) tensors.set(`model.${k}`, t);
  for (const [k, t] of optim) tensors.set(`optim.${k}`, t);
  for (const [k, t] of online ?? []) tensors.set(`online.${k}`, t);
  const meta = JSON.stringify(state);
  writeSafetensors(checkpointPath(dir), tensors, { format: "pt", nocollapse: meta });
  writeFileAtomic(join(dir, "checkpoint.json"), JSON.stringify(state, null, 2) + "\n");
}

/** Options of {@link loadCheckpoint}. */
export interface LoadCheckpointOptions {
  /** The parameter dtype the run uses: every floating tensor must have it (default: whichever they all share). */
  dtype?: "float32" | "float64";
}

/** A loaded checkpoint: the model's, the optimizer's and the online probe's tensors (prefixes removed) and the validated state. */
export interface Checkpoint {
  model: Map<string, Tensor>;
  optim: Map<string, Tensor>;
  /** The online probe's tensors (`head.*`, `optim.*`); empty for checkpoints of older versions. */
  online: Map<string, Tensor>;
  state: CheckpointState;
}

/**
 * Loads a checkpoint, or null when the run folder has none. The metadata is validated with
 * {@link CheckpointStateSchema}, and the tensors before any is read: the BatchNorm counters are int64 and every other
 * tensor has one floating dtype (`opts.dtype` when given); each optimizer tensor belongs to a parameter of the model,
 * with its shape, and one that has a step count; every such parameter has the same slots. Refusals are InputErrors
 * naming the file and the field or tensor.
 *
 * @example
 * const ck = loadCheckpoint("runs/bt", { dtype: "float32" });
 * if (ck) console.log(ck.state.step);
 */
export function loadCheckpoint(dir: string, opts: LoadCheckpointOptions = {}): Checkpoint | null {
  const path = checkpointPath(dir);
  if (!existsSync(path)) return null;
  const header = inspectSafetensors(path);
  const raw = header.metadata.nocollapse;
  if (!raw) throw new InputError(path, "not a nocollapse checkpoint (no 'nocollapse' metadata)");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InputError(path, "checkpoint metadata is not valid JSON");
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== 1) throw new InputError(`${path}: version`, `checkpoint version ${JSON.stringify(version) ?? "(none)"} is not supported (expected 1)`);
  const r = CheckpointStateSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const keys = (issue as { keys?: string[] }).keys;
    const field = [...issue.path, ...(keys ?? [])].join(".") || "state";
    throw new InputError(`${path}: ${field}`, keys ? "unknown field in the checkpoint state" : issue.message);
  }
  const state = r.data;
  checkTensors(path, header.tensors, state, opts);
  const all = readSafetensors(path);
  const model = new Map<string, Tensor>();
  const optim = new Map<string, Tensor>();
  const online = new Map<string, Tensor>();
  for (const [k, t] of all) {
    if (k.startsWith("model.")) model.set(k.slice(6), t);
    else if (k.startsWith("optim.")) optim.set(k.slice(6), t);
    else if (k.startsWith("online.")) online.set(k.slice(7), t);
    else t.dispose();
  }
  return { model, optim, online, state };
}

/** The header-level checks of {@link loadCheckpoint} (no tensor data is read). */
function checkTensors(path: string, entries: Map<string, SafetensorsEntry>, state: CheckpointState, opts: LoadCheckpointOptions): void {
  const model = new Map<string, SafetensorsEntry>();
  const optim = new Map<string, SafetensorsEntry>();
  for (const [k, e] of entries) {
    if (k.startsWith("model.")) model.set(k.slice(6), e);
    else if (k.startsWith("optim.")) optim.set(k.slice(6), e);
  }
  if (model.size === 0) throw new InputError(path, "the checkpoint holds no model tensors");
  // dtypes: BatchNorm's counters are int64, everything else one floating dtype.
  let float = opts.dtype;
  for (const [k, e] of entries) {
    if (!k.startsWith("model.") && !k.startsWith("optim.")) continue;
    if (k.endsWith(".num_batches_tracked")) {
      if (e.dtype !== "int64") throw new InputError(`${path} [${k}]`, `dtype ${e.dtype}, expected int64 (a BatchNorm batch counter)`);
      continue;
    }
    if (e.dtype !== "float32" && e.dtype !== "float64") throw new InputError(`${path} [${k}]`, `dtype ${e.dtype}, expected float32 or float64`);
    float ??= e.dtype;
    if (e.dtype !== float) throw new InputError(`${path} [${k}]`, `dtype ${e.dtype}, but the run's tensors are ${float}`);
  }
  // Optimizer tensors: <param>.<slot>, for a parameter of the model that has a step count, with its shape.
  const stepped = new Set(Object.keys(state.optimizerScalars).filter((k) => k.endsWith(".step")).map((k) => k.slice(0, -5)));
  for (const p of stepped) {
    if (!model.has(p)) throw new InputError(`${path}: optimizerScalars.${p}.step`, `no model parameter '${p}' in the checkpoint`);
  }
  const slotsOf = new Map<string, Set<string>>();
  for (const [k, e] of optim) {
    const dot = k.lastIndexOf(".");
    const p = k.slice(0, dot);
    const m = model.get(p);
    if (dot <= 0 || !m) throw new InputError(`${path} [optim.${k}]`, `optimizer tensor of no model parameter ('${p}')`);
    if (!stepped.has(p)) throw new InputError(`${path} [optim.${k}]`, `optimizer tensor of '${p}', which has no step count in optimizerScalars`);
    if (e.shape.join() !== m.shape.join()) throw new InputError(`${path} [optim.${k}]`, `shape [${e.shape.join(", ")}], the parameter is [${m.shape.join(", ")}]`);
    let set = slotsOf.get(p);
    if (!set) slotsOf.set(p, (set = new Set()));
    set.add(k.slice(dot + 1));
  }
  if (state.step > 0 && stepped.size === 0) {
    throw new InputError(`${path}: optimizerScalars`, `no optimizer step counts after ${state.step} steps (the optimizer state is missing; a resume would not be exact)`);
  }
  // An optimizer keeps the same slots for every parameter it has stepped.
  const slots = new Set([...slotsOf.values()].flatMap((s) => [...s]));
  const expected = [...stepped].flatMap((p) => [...slots].map((s) => `${p}.${s}`));
  checkOptimizerTensors(expected, [...optim.keys()], path);
}

/**
 * Throws an InputError naming `where` and the first missing keys unless every optimizer tensor in `expected` is in
 * `got`. A resume without them would restart the optimizer's moments and not be exact. The trainer calls it with the
 * keys its optimizer keeps (`<param>.<slot>` for every parameter that has been stepped).
 *
 * @example
 * checkOptimizerTensors(["fc.weight.exp_avg", "fc.weight.exp_avg_sq"], ck.optim, "runs/bt/checkpoint.safetensors");
 */
export function checkOptimizerTensors(expected: Iterable<string>, got: ReadonlyMap<string, unknown> | Iterable<string>, where: string): void {
  const have = new Set<string>(got instanceof Map ? [...got.keys()] as string[] : (got as Iterable<string>));
  const missing = [...expected].filter((k) => !have.has(k));
  if (missing.length === 0) return;
  const shown = missing.slice(0, 3).map((k) => `optim.${k}`).join(", ");
  throw new InputError(where, `missing optimizer tensor${missing.length === 1 ? "" : "s"} ${shown}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}: a resume would not be exact`);
}
