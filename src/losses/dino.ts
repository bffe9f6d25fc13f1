/**
 * DINO loss: cross-entropy between the centred, sharpened teacher distribution of one global view and the student
 * distribution of every other view, plus the centre update and the teacher-temperature schedule that go with it.
 *
 * For V student outputs s_v `[N, K]` (the 2 global crops first, then any local crops), T teacher outputs t_q `[N, K]`
 * (the global crops only; T = 2 in the official code) and the centre c `[1, K]` (or `[K]`):
 * - teacher `P_t(q) = softmax((t_q − c) / τ_t)` over the K prototypes, detached (no gradient reaches the teacher);
 * - student `log P_s(v) = log_softmax(s_v / τ_s)`;
 * - `H(q, v) = mean_b Σ_k −P_t(q)_bk · log P_s(v)_bk`;
 * - `crossEntropy = mean over the pairs (q, v), v ≠ q, of H(q, v)` (T·V − T pairs: a teacher view is never matched
 *   with the student's output on the same view), `loss = crossEntropy`, exactly as `DINOLoss.forward`;
 * - the split of Sec. 5.3, Eq. 5: `teacherEntropy = mean over the pairs of mean_b h(P_t(q))` and
 *   `kl = crossEntropy − teacherEntropy = mean KL(P_t ‖ P_s)` (both in nats). KL → 0 means the student copies a
 *   constant teacher: collapse; teacherEntropy → 0 is the one-dimension collapse and → log K the uniform one.
 *
 * Defaults from `main_dino.py`: τ_s = 0.1 (`student_temp`), τ_t = 0.04 (`teacher_temp`), centre momentum 0.9.
 *
 * Ablations (Caron et al. 2021, Sec. 5.3 and Fig. 7, "with and without centering and sharpening"):
 * - no centering: `centering: false` (c is ignored), the same as passing a zero centre and never updating it;
 * - no sharpening: `sharpening: false` sets τ_t = τ_s, a teacher no sharper than the student. The paper does not
 *   print the temperature of its Fig. 7 "no sharpening" run; τ_t = τ_s is the reading that removes sharpening
 *   relative to the student (Appendix D's "Sharpening" table already collapses, loss → ln K, at τ_t = 0.08), rather
 *   than τ_t = 1. Any other value can be passed as `teacherTemp`.
 *
 * References: Caron et al., "Emerging Properties in Self-Supervised Vision Transformers", ICCV 2021
 * (arXiv:2104.14294), Eq. 1–4, Sec. 5.3, Appendix D; official code facebookresearch/dino `main_dino.py`
 * (`DINOLoss.forward`, `DINOLoss.update_center`, `--teacher_temp`, `--warmup_teacher_temp`,
 * `--warmup_teacher_temp_epochs`).
 *
 * @example
 * const tau = teacherTemperature(step, { warmupTemp: 0.04, temp: 0.07, warmupSteps: 3000 });
 * const { loss, terms } = dinoLoss(studentOuts, teacherOuts.slice(0, 2), center, { teacherTemp: tau });
 * const next = dinoCenterUpdate(center, teacherOuts.slice(0, 2)); center.dispose(); center = next;
 */
import { aten, full, noGrad, tidy, type Tensor, fullPrecision } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { positive, resolveOptions, type LossResult } from "./common.js";
import { checkBooleans, checkOutputs, checkSameOutputs } from "./paired.js";

export interface DINOOptions {
  /** Teacher softmax temperature τ_t (the current value of {@link teacherTemperature}). Default 0.04. */
  teacherTemp: number;
  /** Student softmax temperature τ_s. Default 0.1. */
  studentTemp: number;
  /** Subtract the centre from the teacher logits (default true); false = the "no centering" ablation. */
  centering: boolean;
  /** Use τ_t (default true); false = the "no sharpening" ablation, τ_t := τ_s. */
  sharpening: boolean;
}

export const DINO_DEFAULTS: Readonly<DINOOptions> = Object.freeze({
  teacherTemp: 0.04, studentTemp: 0.1, centering: true, sharpening: true,
});

/** Checks student / teacher lists and the centre; returns K. */
function checkDinoInputs(student: readonly Tensor[], teacher: readonly Tensor[], center: Tensor): number {
  const s = checkOutputs(student, "student", "dino", 2);
  const t = checkOutputs(teacher, "teacher", "dino", 1);
  checkSameOutputs(s, "student", t, "teacher");
  if (t.count > s.count) {
    throw new InputError("teacher", `got ${t.count} teacher outputs for ${s.count} student outputs (the teacher sees the first, global, views only)`);
  }
  checkCenter(center, t.d, t.dtype);
  return t.d;
}

function checkCenter(center: Tensor, k: number, dtype: string): void {
  const okShape = (center.ndim === 1 && center.shape[0] === k) || (center.ndim === 2 && center.shape[0] === 1 && center.shape[1] === k);
  if (!okShape) throw new InputError("center", `expected shape [1, ${k}] or [${k}], got [${center.shape.join(", ")}]`);
  if (center.dtype !== dtype) throw new InputError("center", `dtype ${center.dtype} differs from the outputs' ${dtype}`);
}

/**
 * DINO's multi-crop cross-entropy. `student`: V ≥ 2 outputs `[N, K]`, global crops first; `teacher`: the T ≤ V
 * teacher outputs of the first T (global) crops; `center`: `[1, K]` or `[K]`.
 * Terms: `crossEntropy` (= loss), `teacherEntropy`, `kl` (= crossEntropy − teacherEntropy).
 */
export const dinoLoss = fullPrecision(function dinoLoss(student: Tensor[], teacher: Tensor[], center: Tensor, opts?: Partial<DINOOptions>): LossResult {
  checkDinoInputs(student, teacher, center);
  const o = resolveOptions(DINO_DEFAULTS, opts, { teacherTemp: positive, studentTemp: positive });
  checkBooleans(o, ["centering", "sharpening"]);
  const tauT = o.sharpening ? o.teacherTemp : o.studentTemp;
  return tidy(() => {
    const c = center.detach();
    const logits = teacher.map((t) => (o.centering ? t.detach().sub(c) : t.detach()).div(tauT)); // [N, K] each
    const q = logits.map((l) => l.softmax(1));
    // h(P_t) per teacher view from log_softmax, finite even where a probability underflows to 0
    const entropy = logits.map((l, i) => q[i]!.mul(l.logSoftmax(1)).sum(1).mean().neg());
    const logPs = student.map((s) => s.div(o.studentTemp).logSoftmax(1)); // [N, K] each
    const ce: Tensor[] = [];
    const h: Tensor[] = [];
    q.forEach((qi, iq) => {
      logPs.forEach((ls, v) => {
        if (v === iq) return; // the official code skips a teacher and student on the same view
        ce.push(qi.mul(ls).sum(1).mean().neg());
        h.push(entropy[iq]!);
      });
    });
    const crossEntropy = aten.stack(ce, 0).mean();
    const teacherEntropy = aten.stack(h, 0).mean();
    return { loss: crossEntropy, terms: { crossEntropy, teacherEntropy, kl: crossEntropy.sub(teacherEntropy) } };
  });
});

/**
 * Sums a tensor over processes (e.g. `(t) => pg.allReduceSumDiff(t)`, or `(t) => (pg.allReduce([t]), t)`); it may
 * reduce in place and return its argument.
 */
export type AllReduceSum = (t: Tensor) => Tensor;

/**
 * The new DINO centre `c·m + mean_b(t)·(1 − m)`, where the mean runs over every row of every teacher output (both
 * global views, as the official `update_center(teacher_output)` on the concatenated `[2N, K]`), without gradient.
 * Returns a new tensor shaped like `center` (the caller disposes the old one).
 *
 * Distributed: the official code all-reduces the batch sum and divides by `N · world_size`. Pass `allReduceSum`
 * and it receives the local `[K + 1]` tensor `[Σ_b t_b, rows]` and must return its sum over processes; the mean is
 * then the global sum over the global row count (the same as the official when every rank has N rows). Without it,
 * the centre uses this process's rows only.
 *
 * @example
 * const next = dinoCenterUpdate(center, [t1, t2], 0.9, (t) => pg.allReduceSumDiff(t));
 */
export const dinoCenterUpdate = fullPrecision(function dinoCenterUpdate(center: Tensor, teacher: Tensor | Tensor[], momentum: number = 0.9, allReduceSum?: AllReduceSum): Tensor {
  const outs = Array.isArray(teacher) ? teacher : [teacher];
  const t = checkOutputs(outs, "teacher", "dinoCenterUpdate", 1);
  checkCenter(center, t.d, t.dtype);
  if (!Number.isFinite(momentum) || momentum < 0 || momentum > 1) {
    throw new InputError("momentum", `expected a number in [0, 1], got ${momentum}`);
  }
  return noGrad(() => tidy(() => {
    const rows = aten.cat(outs.map((x) => x.detach()), 0); // [T·N, K]
    const local = aten.cat([rows.sum(0), full([1], rows.shape[0]!, { dtype: rows.dtype, device: rows.device })], 0); // [K + 1]
    const total = allReduceSum ? allReduceSum(local) : local;
    const batchCenter = total.narrow(0, 0, t.d).div(total.narrow(0, t.d, 1)); // [K]
    return center.mul(momentum).add(batchCenter.view(center.shape), 1 - momentum);
  }));
});

/** The teacher-temperature schedule's settings, in optimiser steps. */
export interface TeacherTempSchedule {
  /** Temperature at step 0. Default 0.04 (`--warmup_teacher_temp`). */
  warmupTemp: number;
  /** Temperature after the warm-up. Default 0.04 (`--teacher_temp`); the paper's recipe warms 0.04 → 0.07. */
  temp: number;
  /** Length of the linear warm-up in steps. Default 0 (`--warmup_teacher_temp_epochs` 0: constant `temp`). */
  warmupSteps: number;
}

export const TEACHER_TEMP_DEFAULTS: Readonly<TeacherTempSchedule> = Object.freeze({ warmupTemp: 0.04, temp: 0.04, warmupSteps: 0 });

/**
 * τ_t at `step`, as the official `teacher_temp_schedule` but indexed by step instead of epoch:
 * `np.linspace(warmupTemp, temp, warmupSteps)` for the first `warmupSteps` steps (both ends included, so the last
 * warm-up step is already `temp`; one warm-up step means `warmupTemp` at step 0), then `temp`. Values are computed
 * as numpy does (`start + step·(stop − start)/(W − 1)`, the last one exactly `stop`), so they match it bit for bit.
 *
 * @example
 * teacherTemperature(0, { warmupTemp: 0.04, temp: 0.07, warmupSteps: 31 }) // 0.04
 * teacherTemperature(15, { warmupTemp: 0.04, temp: 0.07, warmupSteps: 31 }) // 0.055
 * teacherTemperature(99, { warmupTemp: 0.04, temp: 0.07, warmupSteps: 31 }) // 0.07
 */
export function teacherTemperature(step: number, schedule?: Partial<TeacherTempSchedule>): number {
  const s = resolveOptions(TEACHER_TEMP_DEFAULTS, schedule, {
    warmupTemp: positive, temp: positive, warmupSteps: [(v) => Number.isInteger(v) && v >= 0, "an integer ≥ 0"],
  });
  if (!Number.isInteger(step) || step < 0) throw new InputError("step", `expected an integer ≥ 0, got ${step}`);
  const w = s.warmupSteps;
  if (step >= w) return s.temp;
  if (w === 1) return s.warmupTemp; // np.linspace(a, b, 1) == [a]
  if (step === w - 1) return s.temp; // numpy writes the endpoint exactly
  return step * ((s.temp - s.warmupTemp) / (w - 1)) + s.warmupTemp;
}
