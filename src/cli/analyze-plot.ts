/**
 * `analyze --out DIR`: the eigenvalue spectrum as a log-scale Vega-Lite line chart, rendered in Node (vega-lite →
 * vega → SVG, @resvg/resvg-js → PNG), and a self-contained offline `report.html` (the SVG and the numbers inlined,
 * no scripts, no CDN).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { EmbeddingReport } from "../metrics/index.js";

/**
 * The Vega-Lite spec of the spectrum: eigenvalue k (1-based) against λₖ on a log axis. Zero eigenvalues cannot sit
 * on a log axis; they are drawn at 1e-16·λ₁ (float64 round-off). The dashed rule is the collapsed-dimension line 1e-5·λ₁.
 */
export function spectrumSpec(r: EmbeddingReport, title: string): TopLevelSpec {
  const lambda1 = r.spectrum[0] ?? 0;
  const floor = lambda1 > 0 ? lambda1 * 1e-16 : 1e-16;
  const values = r.spectrum.map((l, i) => ({ k: i + 1, eigenvalue: Math.max(l, floor) }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: title, subtitle: `${r.diagnosis}: RankMe ${r.effectiveRank.toFixed(1)} of ${r.dim}, ${r.collapsedDims} dims below the dashed line 1e-5·λ₁` },
    width: 480,
    height: 260,
    background: "white",
    data: { values },
    layer: [
      {
        mark: { type: "line", point: r.dim <= 64, color: "#1f77b4" },
        encoding: {
          x: { field: "k", type: "quantitative", title: "eigenvalue index k", scale: { domain: [1, Math.max(2, r.dim)] } },
          y: { field: "eigenvalue", type: "quantitative", title: "eigenvalue λₖ of the covariance", scale: { type: "log" } },
        },
      },
      ...(lambda1 > 0
        ? [{
            data: { values: [{ y: lambda1 * 1e-5 }] },
            mark: { type: "rule" as const, strokeDash: [4, 4], color: "#d62728" },
            encoding: { y: { field: "y", type: "quantitative" as const } },
          }]
        : []),
    ],
  };
}

/** Renders a Vega-Lite spec to an SVG string in Node. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** SVG → PNG at 2× for crisp text. */
export function svgToPng(svg: string): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true } }).render().asPng());
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** Writes spectrum.svg, spectrum.png and report.html into `dir`; returns the paths. */
export async function writeAnalysisOutputs(dir: string, r: EmbeddingReport, source: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const svg = await renderSvg(spectrumSpec(r, `Covariance spectrum of ${source}`));
  const paths = [join(dir, "spectrum.svg"), join(dir, "spectrum.png"), join(dir, "report.html")];
  writeFileSync(paths[0]!, svg);
  writeFileSync(paths[1]!, svgToPng(svg));
  const rows: [string, unknown][] = [
    ["rows × dims", `${r.n} × ${r.dim}`], ["effective rank (RankMe)", r.effectiveRank], ["entropy (nats)", r.entropy],
    ["log det", r.logDet], ["avg |correlation|", r.avgCorrelation], ["avg correlation (signed)", r.avgCorrelationSigned],
    ["collapsed dims (λ < 1e-5·λ₁)", r.collapsedDims], ["dead dims (std ≤ 1e-12)", r.deadDims],
    ["std of l2-normalised rows", r.stdL2Normalized], ["α-ReQ", r.alphaReQ], ["trace(C) / mean‖z‖²", r.traceRatio],
    ...(r.lidar !== undefined ? [["LiDAR", r.lidar] as [string, unknown]] : []),
    ...Object.entries(r.pair ?? {}).map(([k, v]) => [`pair: ${k}`, v] as [string, unknown]),
  ];
  const cell = (v: unknown) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toPrecision(4)) : v === null ? "–" : esc(String(v)));
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>nocollapse analyze: ${esc(source)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:760px;margin:2em auto;color:#222}
.d{padding:.6em 1em;border-radius:6px;background:${r.diagnosis === "healthy" ? "#e6f4ea" : "#fdecea"}}
table{border-collapse:collapse}td{padding:2px 12px 2px 0}td:last-child{font-variant-numeric:tabular-nums}
details pre{white-space:pre-wrap;font-size:12px}</style></head><body>
<h1>Collapse diagnostics</h1><p>${esc(source)}</p>
<p class="d"><b>${esc(r.diagnosis)}</b> — ${esc(r.explanation)}</p>
${svg}
<table>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${cell(v)}</td></tr>`).join("")}</table>
<details><summary>All numbers (JSON)</summary><pre>${esc(JSON.stringify(r, null, 1))}</pre></details>
</body></html>
`;
  writeFileSync(paths[2]!, html);
  return paths;
}
