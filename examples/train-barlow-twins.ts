/**
 * Trains Barlow Twins on Fashion-MNIST through the library API and prints the collapse metrics of h and z.
 *
 *   node dist/examples/train-barlow-twins.js [--max-steps 200] [--out runs/example-bt]
 */
import { train, evaluateRun, type MetricsLine } from "nocollapse";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const maxSteps = Number(arg("--max-steps", "200"));
const out = arg("--out", "runs/example-bt");

const result = await train(
  { method: "barlow-twins", maxSteps, metricsEvery: Math.max(1, Math.floor(maxSteps / 5)), out, probeSize: 512 },
  {
    verbose: false,
    onLog: (line: MetricsLine) => {
      if (!line.probe) return;
      const { h, z } = line.probe;
      console.log(
        `step ${String(line.step).padStart(4)}  loss ${line.loss.toFixed(3).padStart(9)}  ` +
          `rank(h) ${h.effectiveRank.toFixed(1).padStart(5)}  rank(z) ${z.effectiveRank.toFixed(1).padStart(5)}  ` +
          `corr(z) ${(z.avgCorrelation ?? 0).toFixed(3)}  ${z.diagnosis}`,
      );
    },
  },
);

console.log(`\n${result.status} after ${result.steps} steps (${result.seconds.toFixed(1)} s)`);
for (const where of ["h", "z"] as const) {
  const p = result.probe![where];
  console.log(`${where}: ${p.diagnosis} — ${p.explanation}`);
}
const ev = await evaluateRun(out, { trainSize: 2000, testSize: 1000 });
console.log(`linear probe on h: ${ev.linearTop1.toFixed(1)} %, kNN: ${ev.knnTop1.toFixed(1)} %`);
