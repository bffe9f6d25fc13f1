/**
 * Phase 3 of a step: the probe and the collapse early warning. Every `metricsEvery` steps (and at the first, the
 * warm-up's end and the last step) the probe batch goes through the network and h and z are measured and
 * diagnosed. After the warm-up, a collapse verdict that holds on {@link WARN_PERSISTENCE} consecutive probes fires
 * a warning (dated from the first of them); a warned space that is healthy on as many consecutive probes again is
 * reported as cleared. Why: a 20-step Barlow Twins run at batch 64 is "dimensionally collapsed" in z for one probe
 * at step 5 and healthy from then on; one probe is not a trend.
 */
import type { Diagnosis, TraceHistory } from "../metrics/index.js";
import type { CheckpointState, CollapseCleared, CollapseWarning, ProbeReport } from "../runfolder/index.js";
import { runProbe } from "./probe.js";
import type { RunParts } from "./build.js";

/** Consecutive probes a verdict must hold before it raises (or clears) a warning. */
export const WARN_PERSISTENCE = 2;

type Space = "h" | "z";
type Peaks = Record<Space, TraceHistory>;
type Collapse = Exclude<Diagnosis, "healthy">;

/** What the collapse watch carries from probe to probe (and through a checkpoint: the same fields). */
export type WatchState = Pick<CheckpointState, "lastDiagnosis" | "collapseStep" | "peaks" | "streak" | "active"> & { peaks: Peaks };

export class CollapseWatch {
  state: WatchState = {
    lastDiagnosis: { h: "healthy", z: "healthy" },
    collapseStep: null,
    peaks: { h: { peakTrace: 0, peakStep: 0 }, z: { peakTrace: 0, peakStep: 0 } },
    streak: { h: { diagnosis: "healthy", since: 0, probes: 0 }, z: { diagnosis: "healthy", since: 0, probes: 0 } },
    active: { h: null, z: null },
  };
  /** Warnings start after warm-up (10 % of the run, at least one probe interval). */
  readonly warnFrom: number;

  constructor(private readonly metricsEvery: number, private readonly totalSteps: number) {
    this.warnFrom = Math.min(totalSteps, Math.max(metricsEvery, Math.ceil(0.1 * totalSteps)));
  }

  isProbeStep(step: number): boolean {
    return step % this.metricsEvery === 0 || step === this.totalSteps || step === 1 || step === this.warnFrom;
  }

  /** Probes the network after `step` and returns the probe, the warnings it raises and those it clears. */
  probe(run: RunParts, step: number): { probe: ProbeReport; warnings: CollapseWarning[]; cleared: CollapseCleared[] } {
    const probe = runProbe(run.method, run.probe.inputs, { history: this.state.peaks });
    const { peaks } = this.state;
    for (const where of ["h", "z"] as const) {
      const trace = probe[where].spectrum.reduce((a, b) => a + b, 0);
      if (trace > peaks[where].peakTrace) peaks[where] = { ...peaks[where], peakTrace: trace, peakStep: step };
      // The first judged probe is the second reference of the shrinking rule (see diagnose, rule 3).
      if (step >= this.warnFrom && peaks[where].startTrace === undefined) peaks[where] = { ...peaks[where], startTrace: trace, startStep: step };
    }
    return { probe, ...this.judge(step, probe) };
  }

  /**
   * The warnings raised and cleared by the verdicts of one probe step (the decision part of {@link probe}, apart
   * so that it can be tested on verdict sequences).
   * @example watch.judge(40, { h: { diagnosis: "healthy", explanation: "" }, z: { diagnosis: "total-collapse", explanation: "..." } })
   */
  judge(step: number, verdicts: Record<Space, { diagnosis: Diagnosis; explanation: string }>): { warnings: CollapseWarning[]; cleared: CollapseCleared[] } {
    const warnings: CollapseWarning[] = [];
    const cleared: CollapseCleared[] = [];
    // An untrained network can look concentrated, so the probes of the warm-up are not judged.
    if (step < this.warnFrom) return { warnings, cleared };
    for (const where of ["h", "z"] as const) {
      const { diagnosis: d, explanation } = verdicts[where];
      const streak = this.track(where, d, step);
      const active = this.active[where];
      if (streak.probes < WARN_PERSISTENCE) continue;
      if (d !== "healthy" && active?.kind !== d) {
        warnings.push({ where, kind: d, step: streak.since, confirmedStep: step, explanation });
        this.active[where] = { kind: d, since: streak.since };
        this.state.collapseStep ??= streak.since;
      } else if (d === "healthy" && active) {
        cleared.push({ where, kind: active.kind, since: active.since, step: streak.since, explanation });
        this.active[where] = null;
      }
    }
    return { warnings, cleared };
  }

  /** Counts consecutive probes with the same verdict in `where`. */
  private track(where: Space, d: Diagnosis, step: number): { since: number; probes: number } {
    this.state.streak ??= { h: { diagnosis: "healthy", since: 0, probes: 0 }, z: { diagnosis: "healthy", since: 0, probes: 0 } };
    const s = this.state.streak[where];
    this.state.streak[where] = s.diagnosis === d && s.probes > 0 ? { diagnosis: d, since: s.since, probes: s.probes + 1 } : { diagnosis: d, since: step, probes: 1 };
    this.state.lastDiagnosis[where] = d;
    return this.state.streak[where];
  }

  private get active(): Record<Space, { kind: Collapse; since: number } | null> {
    return (this.state.active ??= { h: null, z: null });
  }
}
