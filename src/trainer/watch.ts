/**
 * Phase 3 of a step: the probe and the collapse early warning. Every `metricsEvery` steps (and at the first, the
 * warm-up's end and the last step) the probe batch goes through the network; h and z are measured and diagnosed,
 * and a diagnosis that turns to collapse after the warm-up fires a warning once.
 */
import type { CollapseWarning, ProbeReport } from "../runfolder/index.js";
import { runProbe } from "./probe.js";
import type { RunParts } from "./build.js";

type Peaks = { h: { peakTrace: number; peakStep: number }; z: { peakTrace: number; peakStep: number } };

/** What the collapse watch carries from probe to probe (and through a checkpoint). */
export interface WatchState {
  lastDiagnosis: { h: string; z: string };
  collapseStep: number | null;
  peaks: Peaks;
}

export class CollapseWatch {
  state: WatchState = {
    lastDiagnosis: { h: "healthy", z: "healthy" },
    collapseStep: null,
    peaks: { h: { peakTrace: 0, peakStep: 0 }, z: { peakTrace: 0, peakStep: 0 } },
  };
  /** Warnings start after warm-up (10 % of the run, at least one probe interval). */
  readonly warnFrom: number;

  constructor(private readonly metricsEvery: number, private readonly totalSteps: number) {
    this.warnFrom = Math.min(totalSteps, Math.max(metricsEvery, Math.ceil(0.1 * totalSteps)));
  }

  isProbeStep(step: number): boolean {
    return step % this.metricsEvery === 0 || step === this.totalSteps || step === 1 || step === this.warnFrom;
  }

  /** Probes the network after `step` and returns the probe and the warnings it raises (in h, then z). */
  probe(run: RunParts, step: number): { probe: ProbeReport; warnings: CollapseWarning[] } {
    const probe = runProbe(run.method, run.probe.inputs, { history: this.state.peaks });
    const { peaks, lastDiagnosis } = this.state;
    for (const where of ["h", "z"] as const) {
      const trace = probe[where].spectrum.reduce((a, b) => a + b, 0);
      if (trace > peaks[where].peakTrace) peaks[where] = { peakTrace: trace, peakStep: step };
    }
    const warnings: CollapseWarning[] = [];
    for (const where of ["h", "z"] as const) {
      const d = probe[where].diagnosis;
      // An untrained network already looks concentrated (the metrics say so at init), so the first probes are
      // not judged.
      if (step < this.warnFrom) continue;
      if (d !== "healthy" && d !== lastDiagnosis[where]) {
        warnings.push({ where, kind: d, step, explanation: probe[where].explanation });
        this.state.collapseStep ??= step;
      }
      lastDiagnosis[where] = d;
    }
    return { probe, warnings };
  }
}
