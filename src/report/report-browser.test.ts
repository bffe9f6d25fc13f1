import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { fakeMetricsLine } from "../testing/fake-run.js";
import { readRuns, summaryFromRuns, writeStudyReport } from "./index.js";

const CHROMIUM = "/usr/bin/chromium";

test("report.html opens offline in chromium and every chart turns interactive", { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} not found (install Debian's chromium)`, timeout: 30000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), "nc-report-browser-"));
  for (const [name, fate] of [["vicreg", "healthy"], ["invariance", "total"]] as const) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, "config.json"), JSON.stringify({ method: name, ablation: null }));
    writeFileSync(join(root, name, "metrics.jsonl"), Array.from({ length: 41 }, (_, s) => JSON.stringify(fakeMetricsLine(s, { fate, collapseAt: 10 }))).join("\n") + "\n");
    writeFileSync(join(root, name, "eval.json"), JSON.stringify({ linearTop1: fate === "healthy" ? 86 : 70, knnTop1: 62 }));
  }
  const runs = readRuns(root);
  const { html } = await writeStudyReport(join(root, "out"), summaryFromRuns(runs, "toy"), runs);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(html).href);
    await page.waitForFunction("document.querySelectorAll('[data-interactive]').length === 4", undefined, { timeout: 10000 });
    assert.ok((await page.locator("#chart-spectra svg path").count()) > 4);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith("file:")), [], "offline: no network requests");
  } finally {
    await browser.close();
  }
});
