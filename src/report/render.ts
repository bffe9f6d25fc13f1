/**
 * Rendering in Node: Vega-Lite → Vega (vega-lite compile) → SVG (vega View, renderer "none") → PNG (resvg).
 * resvg does not read fontconfig's aliases, so text only renders if we hand it real font files: we look for
 * DejaVu Sans (Debian fonts-dejavu-core) and Liberation Sans and fall back to whatever system fonts it finds.
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Font files tried first, in order (Debian paths). */
export const FONT_CANDIDATES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
];

/** The candidate font files that exist on this machine. */
export function availableFontFiles(): string[] {
  return FONT_CANDIDATES.filter((f) => existsSync(f));
}

/** Compiles a Vega-Lite spec to a Vega spec (throws on an invalid spec). */
export function toVega(spec: TopLevelSpec): vega.Spec {
  return compile(spec).spec as vega.Spec;
}

/**
 * Renders a Vega-Lite spec to an SVG string, headless.
 *
 * @example
 * const svg = await specToSvg(spectraSpec(spectrumRows(runs)));
 */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(toVega(spec)), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Rasterises an SVG to PNG bytes at `scale` × its size (2 = crisp on paper and high-DPI screens).
 *
 * @example
 * writeFileSync("spectra.png", svgToPng(await specToSvg(spec)));
 */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const fontFiles = availableFontFiles();
  const family = fontFiles.some((f) => f.includes("DejaVu")) ? "DejaVu Sans" : "Liberation Sans";
  const r = new Resvg(svg, {
    background: "white",
    fitTo: { mode: "zoom", value: scale },
    font: {
      fontFiles,
      // Only scan the system when we found none of ours: scanning costs ~100 ms per render.
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: family,
      sansSerifFamily: family,
    },
  });
  return r.render().asPng();
}

/** Renders a Vega-Lite spec to PNG bytes. */
export async function specToPng(spec: TopLevelSpec, scale = 2): Promise<Uint8Array> {
  return svgToPng(await specToSvg(spec), scale);
}
