/** Where the project's files and its vendored browser builds of Vega/Vega-Lite live, from src/ or dist/ alike. */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root: the nearest folder above this module holding package.json (works from src/ and dist/). */
export function packageRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(d, "package.json"))) return d;
    const up = dirname(d);
    if (up === d) throw new Error("nocollapse: package.json not found above " + fileURLToPath(import.meta.url));
    d = up;
  }
}

const require = createRequire(import.meta.url);

/**
 * Absolute paths of the UMD browser builds (`vega.min.js` defines `vega`, `vega-lite.min.js` defines `vegaLite`),
 * found through node's resolver so a hoisted or nested node_modules works.
 */
export function vendorScripts(): { vega: string; vegaLite: string } {
  // Both packages export only their module entry; it sits in build/ next to the min builds.
  return {
    vega: join(dirname(require.resolve("vega")), "vega.min.js"),
    vegaLite: join(dirname(require.resolve("vega-lite")), "vega-lite.min.js"),
  };
}

let cache: { vega: string; vegaLite: string } | null = null;

/** The vendored builds' source text (read once). */
export function vendorScriptText(): { vega: string; vegaLite: string } {
  if (!cache) {
    const p = vendorScripts();
    cache = { vega: readFileSync(p.vega, "utf8"), vegaLite: readFileSync(p.vegaLite, "utf8") };
  }
  return cache;
}
