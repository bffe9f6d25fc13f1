/**
 * The study report: report.html (self-contained, offline, interactive) plus the same figures as PNG files, the
 * accuracy table with the random-init baseline, each run's diagnosis and a generated text summary.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { writeFileAtomic } from "../util/fs.js";
import { vendorScriptText } from "./assets.js";
import { specToSvg, svgToPng } from "./render.js";
import {
  accuracyRows,
  accuracySpec,
  lossRows,
  lossSpec,
  seriesRows,
  seriesSpec,
  spectraSpec,
  spectrumRows,
} from "./specs.js";
import {
  collapseKind,
  expectedOutcome,
  latestProbe,
  type CollapseKind,
  type StudyRunSummary,
  type Summary,
} from "./summary.js";
import type { RunData } from "./types.js";

/** One figure of the report. */
export interface ReportFigure {
  /** File stem: `<id>.png`. */
  id: string;
  caption: string;
  spec: TopLevelSpec;
}

/** An extra section of the report (the validation's): its figures, then its HTML. */
export interface ReportSection {
  title: string;
  /** Paragraphs of text before the figures. */
  text: string[];
  figures: (ReportFigure & { title: string })[];
  /** Trusted HTML after the figures (tables built with escaping by the section's author). */
  html: string;
}

/** What {@link writeStudyReport} wrote. */
export interface StudyReportFiles {
  html: string;
  pngs: string[];
  /** The generated text summary, as plain-text paragraphs. */
  text: string[];
}

/** The report's figures, built from runs and summary. Figures without data are left out. */
export function reportFigures(summary: Summary, runs: RunData[]): ReportFigure[] {
  const figs: ReportFigure[] = [];
  const spectra = spectrumRows(runs);
  if (spectra.length)
    figs.push({ id: "spectra", caption: "Eigenvalue spectra of the covariance of h (encoder) and z (projector) at each run's latest probe, log scale. A cliff means collapsed dimensions; a flat, low line means total collapse.", spec: spectraSpec(spectra) });
  const series = seriesRows(runs);
  if (series.length)
    figs.push({ id: "rank-over-time", caption: "Effective rank, entropy and average correlation of h and z over training, with the online linear probe (h) and kNN monitor (h, z) on the probe images below them. Dashed rules mark the step where a collapse warning fired.", spec: seriesSpec(series) });
  const loss = lossRows(runs);
  if (loss.length) figs.push({ id: "loss-terms", caption: "Loss and its terms over training.", spec: lossSpec(loss) });
  const acc = accuracyRows(summary);
  if (acc.accuracy.length)
    figs.push({ id: "accuracy", caption: "Linear-probe and kNN top-1 on h; dashed rules are the random-initialisation baseline.", spec: accuracySpec(acc.accuracy, acc.baseline) });
  return figs;
}

const SEVERITY: Record<CollapseKind, number> = { unknown: 0, healthy: 1, dimensional: 2, total: 3 };
const KIND_TEXT: Record<CollapseKind, string> = {
  healthy: "stayed healthy",
  dimensional: "dimensional collapse",
  total: "total collapse",
  unknown: "no diagnosis",
};

/** The worse of the h and z diagnoses, and where it was seen. */
export function observedOutcome(r: StudyRunSummary): { kind: CollapseKind; where: string } {
  const h = collapseKind(r.diagnosis.h);
  const z = collapseKind(r.diagnosis.z);
  if (SEVERITY[h] > SEVERITY[z]) return { kind: h, where: "h" };
  if (SEVERITY[z] > SEVERITY[h]) return { kind: z, where: "z" };
  return { kind: z, where: "h and z" };
}

const pct = (v: number | null): string => (v === null ? "–" : `${v.toFixed(1)} %`);
const fmt = (v: number | null, d = 1): string => (v === null ? "–" : v.toFixed(d));
/** "a–b", or just "a" when both ends print the same. */
const range = (vs: number[]): string => {
  const lo = pct(Math.min(...vs));
  const hi = pct(Math.max(...vs));
  return lo === hi ? lo : `${lo}–${hi}`;
};
const label = (r: StudyRunSummary): string => `${r.name} (${r.method}${r.ablation ? `, ${r.ablation}` : ""})`;

/**
 * The generated text summary: per run, what happened (collapse kind, where, from which step) against what the
 * method was expected to do, then how the probes compare with the random-init baseline.
 *
 * @example
 * for (const p of studyText(summary)) console.log(p);
 */
export function studyText(summary: Summary): string[] {
  const out: string[] = [];
  let matched = 0;
  let predicted = 0;
  const perRun: string[] = [];
  for (const r of summary.runs) {
    const obs = observedOutcome(r);
    const exp = expectedOutcome(r.method, r.ablation);
    let s = `${label(r)}: ${KIND_TEXT[obs.kind]}`;
    if (obs.kind === "dimensional" || obs.kind === "total") {
      s += ` in ${obs.where}`;
      if (r.collapseStep !== null) s += `, first flagged at step ${r.collapseStep} of ${r.steps}`;
    }
    s += ` (effective rank h ${fmt(r.effectiveRank.h)}, z ${fmt(r.effectiveRank.z)}; avg. correlation z ${fmt(r.avgCorrelation.z, 2)}).`;
    if (exp && obs.kind !== "unknown") {
      predicted++;
      if (exp.kind === obs.kind) {
        matched++;
        s += ` As expected: ${exp.why}.`;
      } else s += ` Not as expected: the prediction was ${KIND_TEXT[exp.kind]}, because ${exp.why}.`;
    } else if (exp) s += ` Expected: ${KIND_TEXT[exp.kind]} (${exp.why}).`;
    perRun.push(s);
  }
  const collapsed = summary.runs.filter((r) => SEVERITY[observedOutcome(r).kind] >= 2);
  out.push(
    `${summary.runs.length} runs on ${summary.dataset}; ${collapsed.length} collapsed` +
      (collapsed.length ? ` (${collapsed.map((r) => `${r.name}: ${observedOutcome(r).kind}`).join(", ")})` : "") +
      `. ${matched} of ${predicted} runs with a prediction behaved as predicted.`,
  );
  out.push(...perRun);
  const b = summary.baseline;
  if (b && b.linearTop1 !== null) {
    const healthy = summary.runs.filter((r) => observedOutcome(r).kind === "healthy" && r.linearTop1 !== null);
    const below = healthy.filter((r) => r.linearTop1! <= b.linearTop1!);
    let s = `Random-init baseline: linear ${pct(b.linearTop1)}, kNN ${pct(b.knnTop1)}. `;
    s += below.length
      ? `Healthy runs not above the baseline (linear): ${below.map((r) => `${r.name} ${pct(r.linearTop1)}`).join(", ")}.`
      : healthy.length
        ? `Every healthy run beat it (linear ${range(healthy.map((r) => r.linearTop1!))}).`
        : "No healthy run has a linear-probe result yet.";
    const ck = collapsed.filter((r) => r.knnTop1 !== null);
    if (ck.length) s += ` Collapsed runs reach kNN ${range(ck.map((r) => r.knnTop1!))}.`;
    out.push(s);
  }
  return out;
}

/** DINO's output distribution in words: the paper's two collapse modes (Caron et al. 2021, Sec. 5.3). */
export function outputText(r: StudyRunSummary): string {
  const o = r.output;
  if (!o) return "";
  const head = `output: mean entropy ${o.meanEntropy.toFixed(2)}, entropy of the mean ${o.entropyOfMean.toFixed(2)} (log K = ${o.maxEntropy.toFixed(2)})`;
  if (o.mode === "uniform") return `${head}: every output is nearly uniform — the collapse that centering alone causes`;
  if (o.mode === "one-dimension") return `${head}: one prototype dominates every output — the collapse that sharpening alone causes`;
  return `${head}: sharp per image and spread over the prototypes`;
}

/** HTML-escapes text for the report's tables. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** JSON safe inside a <script> element: no `</script>` or `<!--` can appear. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c");
}

function scriptJs(src: string): string {
  return src.replace(/<\/(script)/gi, "<\\/$1");
}

function withoutSchema(spec: TopLevelSpec): TopLevelSpec {
  // The $schema URL is only metadata; leaving it out keeps the offline report free of any URL a reader could chase.
  const { $schema: _unused, ...rest } = spec as TopLevelSpec & { $schema?: string };
  return rest as TopLevelSpec;
}

function tables(summary: Summary, runs: RunData[]): string {
  const byName = new Map(runs.map((r) => [r.name, r]));
  const b = summary.baseline;
  const acc = [
    `<table class="acc"><thead><tr><th>run</th><th>family</th><th>method</th><th>ablation</th><th>linear top-1</th><th>kNN top-1</th><th>Δ linear vs baseline</th><th>steps</th><th>time</th></tr></thead><tbody>`,
    b ? `<tr class="baseline"><td>random init (baseline)</td><td>–</td><td>–</td><td>–</td><td>${pct(b.linearTop1)}</td><td>${pct(b.knnTop1)}</td><td></td><td></td><td></td></tr>` : "",
    ...summary.runs.map((r) => {
      const d = b?.linearTop1 != null && r.linearTop1 !== null ? r.linearTop1 - b.linearTop1 : null;
      return `<tr><td>${esc(r.name)}</td><td>${esc(r.family ?? "–")}</td><td>${esc(r.method)}</td><td>${esc(r.ablation ?? "–")}</td><td>${pct(r.linearTop1)}</td><td>${pct(r.knnTop1)}</td><td class="${d !== null && d < 0 ? "neg" : ""}">${d === null ? "–" : `${d >= 0 ? "+" : ""}${d.toFixed(1)} pt`}</td><td>${r.steps}</td><td>${r.seconds.toFixed(0)} s</td></tr>`;
    }),
    `</tbody></table>`,
  ].join("\n");
  const diag = [
    `<table class="diag"><thead><tr><th>run</th><th>diagnosis h</th><th>diagnosis z</th><th>eff. rank h / z (probe N)</th><th>entropy h / z</th><th>avg. corr. h / z</th><th>collapse step</th><th>expected</th><th>explanation</th></tr></thead><tbody>`,
    ...summary.runs.map((r) => {
      const last = latestProbe(byName.get(r.name)?.metrics ?? [])?.probe;
      const exp = expectedOutcome(r.method, r.ablation);
      const obs = observedOutcome(r);
      const ok = exp && obs.kind !== "unknown" ? (exp.kind === obs.kind ? "match" : "mismatch") : "";
      const expl = [last?.h?.explanation ? `h: ${last.h.explanation}` : "", last?.z?.explanation ? `z: ${last.z.explanation}` : "", outputText(r)].filter(Boolean).join("<br>");
      const cls = (d: string | null): string => `kind-${collapseKind(d)}`;
      return `<tr><td>${esc(r.name)}</td><td class="${cls(r.diagnosis.h)}">${esc(r.diagnosis.h ?? "–")}</td><td class="${cls(r.diagnosis.z)}">${esc(r.diagnosis.z ?? "–")}</td><td>${fmt(r.effectiveRank.h)} / ${fmt(r.effectiveRank.z)}${r.probeRows ? ` (N = ${r.probeRows})` : ""}</td><td>${fmt(r.entropy.h)} / ${fmt(r.entropy.z)}</td><td>${fmt(r.avgCorrelation.h, 2)} / ${fmt(r.avgCorrelation.z, 2)}</td><td>${r.collapseStep ?? "–"}</td><td class="${ok}">${exp ? esc(KIND_TEXT[exp.kind]) : "–"}</td><td class="expl">${expl.split("<br>").map(esc).join("<br>") || "–"}</td></tr>`;
    }),
    `</tbody></table>`,
  ].join("\n");
  return `<h2>Accuracy</h2>\n${acc}\n<h2>Diagnosis per run</h2>\n${diag}`;
}

const CSS = `body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;max-width:1150px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
figure{margin:1.5em 0}figcaption{color:#555;font-size:.9em;margin-top:.4em}.chart{overflow-x:auto}
table{border-collapse:collapse;font-size:.88em;margin:.5em 0}td,th{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}.baseline td{font-style:italic;background:#fafafa}.neg{color:#b00}
.kind-total{color:#b00;font-weight:bold}.kind-dimensional{color:#c60;font-weight:bold}.kind-healthy{color:#070}
.match{color:#070}.mismatch{color:#b00;font-weight:bold}.expl{font-size:.9em;color:#444;max-width:28em}
.summary p{line-height:1.45}.meta{color:#777;font-size:.85em}`;

const BOOT = `(function(){var specs=JSON.parse(document.getElementById('nc-specs').textContent);
Object.keys(specs).forEach(function(id){var el=document.getElementById('chart-'+id);if(!el||!window.vega||!window.vegaLite)return;
try{var v=new vega.View(vega.parse(vegaLite.compile(specs[id]).spec),{renderer:'svg',hover:true});
var holder=document.createElement('div');v.initialize(holder);v.runAsync().then(function(){el.innerHTML='';el.appendChild(holder);el.setAttribute('data-interactive','1');});}
catch(e){console.error('chart '+id+': '+e);}});})();`;

/**
 * Writes the study report into `outDir`: `report.html` (Vega and Vega-Lite inlined, the charts interactive, each
 * with its pre-rendered SVG as fallback when scripts are off), one PNG per figure (`spectra.png`,
 * `rank-over-time.png`, `loss-terms.png`, `accuracy.png`), the accuracy and diagnosis tables and the generated text.
 * `runs` supply the curves and spectra; `summary` the accuracies and final diagnoses.
 *
 * @example
 * const runs = readRuns("study");
 * const summary = JSON.parse(readFileSync("study/summary.json", "utf8")) as Summary;
 * const { html, pngs } = await writeStudyReport("study", summary, runs);
 */
export async function writeStudyReport(outDir: string, summary: Summary, runs: RunData[], sections: ReportSection[] = []): Promise<StudyReportFiles> {
  mkdirSync(outDir, { recursive: true });
  const figs = [...reportFigures(summary, runs), ...sections.flatMap((s) => s.figures)];
  const svgs = await Promise.all(figs.map((f) => specToSvg(f.spec)));
  const pngs: string[] = [];
  figs.forEach((f, i) => {
    const p = join(outDir, `${f.id}.png`);
    writeFileSync(p, svgToPng(svgs[i]!));
    pngs.push(p);
  });
  const text = studyText(summary);
  const vendor = vendorScriptText();
  const specs: Record<string, TopLevelSpec> = {};
  for (const f of figs) specs[f.id] = withoutSchema(f.spec);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>nocollapse study report: ${esc(summary.dataset)}</title>
<style>${CSS}</style></head>
<body>
<h1>Collapse study on ${esc(summary.dataset)}</h1>
<p class="meta">Generated by nocollapse on ${esc(new Date().toISOString().slice(0, 16).replace("T", " "))} UTC from ${runs.length} run folder(s).</p>
<h2>Summary</h2>
<div class="summary">${text.map((p) => `<p>${esc(p)}</p>`).join("\n")}</div>
${figs.map((f, i) => ({ f, i })).filter(({ f }) => !sectionOf(sections, f.id)).map(({ f, i }) => figureHtml(f, svgs[i]!, "h2")).join("\n")}
${tables(summary, runs)}
${sections.map((s) => `<h2>${esc(s.title)}</h2>\n${s.text.map((p) => `<p>${esc(p)}</p>`).join("\n")}\n${s.figures.map((f) => figureHtml(f, svgs[figs.indexOf(f)]!, "h3")).join("\n")}\n${s.html}`).join("\n")}
<script id="nc-specs" type="application/json">${scriptJson(specs)}</script>
<script>${scriptJs(vendor.vega)}</script>
<script>${scriptJs(vendor.vegaLite)}</script>
<script>${BOOT}</script>
</body></html>
`;
  const htmlPath = join(outDir, "report.html");
  writeFileAtomic(htmlPath, html);
  return { html: htmlPath, pngs, text };
}

function sectionOf(sections: ReportSection[], id: string): ReportSection | undefined {
  return sections.find((s) => s.figures.some((f) => f.id === id));
}

function figureHtml(f: ReportFigure & { title?: string }, svg: string, h: "h2" | "h3"): string {
  return `<${h}>${esc(f.title ?? figTitle(f.id))}</${h}>\n<figure><div class="chart" id="chart-${f.id}">${svg}</div><figcaption>${esc(f.caption)} (also <code>${f.id}.png</code>)</figcaption></figure>`;
}

function figTitle(id: string): string {
  return (
    { spectra: "Eigenvalue spectra", "rank-over-time": "Collapse metrics over training", "loss-terms": "Loss terms", accuracy: "Accuracy vs random-init baseline" }[id] ?? id
  );
}
