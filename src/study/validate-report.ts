/**
 * The validation section of `report.html`: the metric-vs-probe scatter, each metric's τ_b with its interval, the
 * table behind them, and the diagnosis' confusion matrix.
 */
import type { TopLevelSpec } from "vega-lite";
import { escapeHtml as esc, SCHEMA, type ReportSection } from "../report/index.js";
import type { Validation } from "./validate.js";

const f = (v: number | null, d = 2): string => (v === null ? "–" : v.toFixed(d));

/** The section for {@link writeStudyReport}. */
export function validationSection(v: Validation): ReportSection {
  const scatter = v.runs.flatMap((r) =>
    Object.entries(r.metrics)
      .filter(([k, x]) => x !== null && r.linear.h !== null && /^(RankMe|entropy|avg \|correlation\||α-ReQ \((h|z)\)|spread)/.test(k))
      .map(([k, x]) => ({ metric: k, value: x, probe: r.linear.h, run: r.name, truth: r.truth })),
  );
  const taus = v.metrics.filter((m) => m.tau !== null).map((m) => ({
    metric: `${m.metric} (${m.space})`, tau: m.tau, lo: m.tauInterval?.[0] ?? m.tau, hi: m.tauInterval?.[1] ?? m.tau,
  }));
  const truthColor = { field: "truth", type: "nominal", title: "ground truth", scale: { domain: ["healthy", "collapsed", "unclear"], range: ["#2e7d32", "#c62828", "#9e9e9e"] } } as const;
  const scatterSpec: TopLevelSpec = {
    $schema: SCHEMA,
    data: { name: "validation-scatter", values: scatter },
    facet: { field: "metric", type: "nominal", title: null, header: { labelLimit: 200 } },
    columns: 4,
    resolve: { scale: { x: "independent" } },
    spec: {
      width: 170, height: 140,
      mark: { type: "point", filled: true, size: 40 },
      encoding: {
        x: { field: "value", type: "quantitative", title: null, scale: { zero: false } },
        y: { field: "probe", type: "quantitative", title: "linear probe h (%)", scale: { zero: false } },
        color: truthColor,
        tooltip: [{ field: "run" }, { field: "value", format: ".3g" }, { field: "probe", format: ".2f" }, { field: "truth" }],
      },
    },
  };
  const tauSpec: TopLevelSpec = {
    $schema: SCHEMA,
    data: { name: "validation-tau", values: taus },
    width: 420, height: { step: 16 },
    layer: [
      { mark: { type: "rule", strokeWidth: 2 }, encoding: { y: { field: "metric", type: "nominal", sort: { field: "tau", order: "descending" }, title: null, axis: { labelLimit: 260 } }, x: { field: "lo", type: "quantitative", title: "Kendall τ_b with the linear probe (95 % bootstrap interval)", scale: { domain: [-1, 1] } }, x2: { field: "hi" } } },
      { mark: { type: "point", filled: true, size: 50, color: "#222" }, encoding: { y: { field: "metric", type: "nominal", sort: { field: "tau", order: "descending" } }, x: { field: "tau", type: "quantitative" }, tooltip: [{ field: "metric" }, { field: "tau", format: ".2f" }, { field: "lo", format: ".2f" }, { field: "hi", format: ".2f" }] } },
      { data: { values: [{ x: 0 }] }, mark: { type: "rule", strokeDash: [4, 4], color: "#888" }, encoding: { x: { field: "x", type: "quantitative" } } },
    ],
  };
  const c = v.diagnosis.confusion;
  const rows = v.metrics.map((m) => `<tr><td>${esc(m.metric)}</td><td>${m.space}</td><td>${f(m.tau)}</td><td>${m.tauInterval ? `${f(m.tauInterval[0])} … ${f(m.tauInterval[1])}` : "–"}</td><td>${f(m.rho)}</td><td>${m.rhoInterval ? `${f(m.rhoInterval[0])} … ${f(m.rhoInterval[1])}` : "–"}</td><td>${f(m.regret)}</td><td>${m.n}</td></tr>`).join("");
  const runRows = v.runs.map((r) => `<tr><td>${esc(r.name)}</td><td>${r.truth}</td><td>${f(r.linear.h)}</td><td>${f(r.linear.z)}</td><td>${esc(r.diagnosis.h ?? "–")}</td><td>${esc(r.diagnosis.z ?? "–")}</td><td>${r.warningStep ?? "–"}</td><td>${r.dropStep ?? "–"}</td></tr>`).join("");
  const html = `<h3>Which metric predicts the linear probe</h3>
<table class="diag"><thead><tr><th>metric</th><th>space</th><th>τ_b</th><th>95 % interval</th><th>ρ</th><th>95 % interval</th><th>regret (points)</th><th>runs</th></tr></thead><tbody>${rows}</tbody></table>
<h3>How often the diagnosis is right</h3>
<table class="diag"><thead><tr><th></th><th>diagnosed collapsed</th><th>diagnosed healthy</th></tr></thead><tbody>
<tr><th>collapse control</th><td>${c.truthCollapsed.predictedCollapsed}</td><td>${c.truthCollapsed.predictedHealthy}</td></tr>
<tr><th>healthy (probe ≥ baseline + 1)</th><td>${c.truthHealthy.predictedCollapsed}</td><td>${c.truthHealthy.predictedHealthy}</td></tr>
</tbody></table>
<p>Accuracy ${v.diagnosis.accuracy === null ? "–" : `${(100 * v.diagnosis.accuracy).toFixed(0)} %`}; ${v.diagnosis.unclear} run(s) neither a control nor ≥ 1 point above the baseline are left out.${v.diagnosis.falseAlarms.length ? ` Healthy by the probe on h but diagnosed collapsed: ${v.diagnosis.falseAlarms.map((a) => `${esc(a.run)} (${a.where}; linear probe on z ${f(a.linearZ)} %, random-init z ${f(v.baseline?.linearTop1Z ?? null)} %)`).join(", ")}.` : ""}</p>
<h3>Runs</h3>
<table class="diag"><thead><tr><th>run</th><th>ground truth</th><th>linear h</th><th>linear z</th><th>diagnosis h</th><th>diagnosis z</th><th>first warning</th><th>online probe drop</th></tr></thead><tbody>${runRows}</tbody></table>`;
  const w = v.warnings;
  return {
    title: "Validation: metrics and diagnosis against downstream accuracy",
    text: [
      `${v.runs.length} runs (${v.runs.filter((r) => r.truth === "collapsed").length} collapse controls, ${v.runs.filter((r) => r.truth === "healthy").length} healthy by the probe, ${v.diagnosis.unclear} unclear); random-init baseline ${f(v.baseline?.linearTop1 ?? null)} %. τ_b and ρ are of each metric, oriented so that higher should mean better (RankMe, entropy, spread, trace ratio up; average correlation down; α-ReQ near 1), against the linear probe on h.`,
      `Early warning: ${w.warned} run(s) warned, ${w.dropped} saw the online linear probe drop ≥ 1 point below its best; ${w.leads.length ? `median lead of the warning over the drop ${w.medianLead} steps` : "no run had both"}.`,
    ],
    figures: [
      { id: "validation-scatter", title: "Metric vs linear probe", caption: "Each label-free metric of the final probe (h and z) against the linear probe on h, one point per run, coloured by ground truth.", spec: scatterSpec },
      { id: "validation-tau", title: "Kendall τ_b of each metric", caption: "Kendall τ_b of each metric with the linear probe on h, with its 95 % bootstrap interval over runs (2,000 resamples).", spec: tauSpec },
    ],
    html,
  };
}
