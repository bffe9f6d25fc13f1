/**
 * End to end in a real browser: `nocollapse serve` + a training process writing metrics.jsonl + Debian's chromium
 * driven by playwright-core (never a downloaded browser). The writer is a real `bin/nocollapse train` run (VICReg
 * without its covariance term, which collapses dimensionally); NOCOLLAPSE_E2E_WRITER=fake swaps in the synthetic
 * writer (src/testing/fake-train.ts) to test the dashboard alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { packageRoot } from "../report/assets.js";
import { fakeMetricsLine } from "../testing/fake-run.js";

const CHROMIUM = "/usr/bin/chromium";
// Waits in the page have no deadline of their own: each waits on what the dashboard shows, and the test's timeout
// is the only bound (a loaded machine makes the test slower, not red).
const NO_DEADLINE = { timeout: 0 };
const ROOT = packageRoot();

function writer(out: string): ChildProcess {
  if (process.env.NOCOLLAPSE_E2E_WRITER !== "fake")
    return spawn(process.execPath, [
      join(ROOT, "bin", "nocollapse"), "train", "--method", "vicreg", "--ablation", "no-covariance",
      "--max-steps", "200", "--batch-size", "64", "--metrics-every", "2", "--probe-size", "512", "--threads", "1", "--out", out,
    ], { stdio: "ignore" });
  return spawn(process.execPath, [
    join(ROOT, "dist", "testing", "fake-train.js"),
    "--out", out, "--steps", "300", "--interval", "200",
    "--fate", "dimensional", "--collapse-at", "2", "--probe-every", "2", "--method", "vicreg", "--ablation", "no-covariance",
  ], { stdio: "ignore" });
}

async function startServe(runs: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [join(ROOT, "bin", "nocollapse"), "serve", "--runs", runs, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  proc.stderr!.on("data", (b) => (err += b));
  const url = await new Promise<string>((ok, fail) => {
    let out = "";
    proc.stdout!.on("data", (b) => {
      out += b;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) ok(m[1]!);
    });
    proc.on("exit", (c) => fail(new Error(`serve exited ${c}: ${err}`)));
  });
  return { proc, url };
}

test("dashboard in chromium: charts render, grow while the run writes, collapse banner shows", { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} not found (install Debian's chromium; the test never downloads a browser)`, timeout: 900_000 }, async () => {
  const runs = mkdtempSync(join(tmpdir(), "nc-e2e-"));
  // A finished run next to the live one, as in a study folder.
  mkdirSync(join(runs, "barlow-done"));
  writeFileSync(join(runs, "barlow-done", "config.json"), JSON.stringify({ method: "barlow-twins", ablation: null }));
  writeFileSync(join(runs, "barlow-done", "metrics.jsonl"), Array.from({ length: 61 }, (_, s) => JSON.stringify(fakeMetricsLine(s, { seed: 3 }))).join("\n") + "\n");
  writeFileSync(join(runs, "barlow-done", "status.json"), JSON.stringify({ state: "done", step: 60, maxSteps: 60 }));
  writeFileSync(join(runs, "barlow-done", "eval.json"), JSON.stringify({ linearTop1: 85.2, knnTop1: 81.0 }));
  writeFileSync(join(runs, "summary.json"), JSON.stringify({ dataset: "toy", runs: [], baseline: { linearTop1: 82.5, knnTop1: 75.9 } }));

  const serve = await startServe(runs);
  const train = writer(join(runs, "vicreg-no-cov"));
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await browser.newPage({ viewport: { width: 1300, height: 2200 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    // Anything not served by the dashboard itself would be a CDN leak: fail it loudly.
    const foreign: string[] = [];
    page.on("request", (r) => { if (!r.url().startsWith(serve.url)) foreign.push(r.url()); });
    await page.goto(serve.url);

    type Counts = Record<string, number>;
    const counts = (): Promise<Counts> => page.evaluate("window.__nc.counts()") as Promise<Counts>;
    await page.waitForFunction("window.__nc && window.__nc.counts().series > 0 && window.__nc.counts().spectra > 0", undefined, NO_DEADLINE);
    for (const id of ["spectra", "series", "loss", "accuracy"]) {
      const marks = await page.locator(`#chart-${id} svg path`).count();
      assert.ok(marks > 3, `#chart-${id} draws marks (${marks})`);
    }
    // Every row of the finished run arrived (61 lines × total + 3 terms), none lost between renders.
    await page.waitForFunction("window.__nc.views.loss.data('loss').filter(function (d) { return d.run === 'barlow-done'; }).length === 244", undefined, NO_DEADLINE);
    const first = await counts();
    assert.equal(first.accuracy, 2, "linear and kNN bars of the finished run");
    // New points appear as the writer appends lines (one every 200 ms).
    await page.waitForFunction(`window.__nc.counts().loss > ${first.loss + 8} && window.__nc.counts().series > ${first.series}`, undefined, NO_DEADLINE);
    // The run table lists both runs, the live one as running.
    await page.waitForSelector('tr[data-run="vicreg-no-cov"] td.state-running', NO_DEADLINE);
    assert.equal(await page.locator('tr[data-run="barlow-done"] td.state-done').count(), 1);
    // The collapse warning line turns the banner on.
    await page.waitForSelector("#banner:not([hidden])", NO_DEADLINE); // the trainer judges from 10 % of the run (step 20)
    assert.match(await page.locator("#banner").innerText(), /vicreg-no-cov: dimensional-collapse in z at step \d+/);
    // The spectrum follows the live run's latest probe: the step it shows moves on (probes every 2 steps).
    const shown = (await page.evaluate("window.__nc.spectrumSteps()")) as Record<string, number>;
    assert.equal(shown["barlow-done"], 60);
    await page.waitForFunction(`window.__nc.spectrumSteps()["vicreg-no-cov"] > ${shown["vicreg-no-cov"]}`, undefined, NO_DEADLINE);
    assert.match(await page.locator("#frame-label").innerText(), /vicreg-no-cov @ step \d+/);
    mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "test-artifacts", "serve.png"), fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser?.close();
    train.kill("SIGTERM");
    serve.proc.kill("SIGTERM");
  }
});

test("dashboard in chromium beyond loopback: the token in the URL is all the page needs (cookie for its own requests)", { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} not found`, timeout: 300_000 }, async () => {
  const runs = mkdtempSync(join(tmpdir(), "nc-e2e-token-"));
  mkdirSync(join(runs, "done"));
  // A warning that a later probe cleared (as the trainer logs them: dated from its first probe, cleared on another).
  const lines = Array.from({ length: 21 }, (_, s) => fakeMetricsLine(s, { seed: 5 }));
  lines[10]!.warning = { where: "z", kind: "dimensional-collapse", step: 5, confirmedStep: 10, explanation: "rank 7 of 64" };
  lines[20]!.cleared = [{ where: "z", kind: "dimensional-collapse", since: 5, step: 15, explanation: "healthy" }];
  writeFileSync(join(runs, "done", "metrics.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  writeFileSync(join(runs, "done", "status.json"), JSON.stringify({ state: "done", step: 20, maxSteps: 20 }));
  const proc = spawn(process.execPath, [join(ROOT, "bin", "nocollapse"), "serve", "--runs", runs, "--port", "0", "--host", "0.0.0.0"], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise<string>((ok, fail) => {
    let out = "";
    proc.stdout!.on("data", (b) => {
      out += b;
      const m = /on this machine: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) ok(m[1]!);
    });
    proc.on("exit", (c) => fail(new Error(`serve exited ${c}`)));
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const statuses: number[] = [];
    page.on("response", (r) => statuses.push(r.status()));
    await page.goto(url);
    await page.waitForSelector('tr[data-run="done"] td.state-done', NO_DEADLINE);
    await page.waitForFunction("window.__nc.views.loss.data('loss').filter(function (d) { return d.run === 'done'; }).length === 84", undefined, NO_DEADLINE);
    assert.equal(await page.locator("#conn").innerText(), "live");
    // The cleared warning is no alarm: no banner, and the cleared list says when it was raised and cleared.
    await page.waitForSelector("#cleared:not([hidden])", NO_DEADLINE);
    assert.equal(await page.locator("#banner").isHidden(), true);
    assert.match(await page.locator("#cleared").innerText(), /done: dimensional-collapse in z at step 5 \(held until step 10\) — cleared at step 15/);
    // No eval.json: the accuracy chart says why it is empty instead of drawing an empty frame.
    assert.equal(await page.locator("#accuracy-empty").isVisible(), true);
    assert.equal(await page.locator("#chart-accuracy").isHidden(), true);
    assert.deepEqual(errors, []);
    assert.ok(statuses.length >= 5 && statuses.every((s) => s === 200), statuses.join(","));
    // Without the token (a fresh context has no cookie) the same address is refused.
    const other = await browser.newPage();
    const r = await other.goto(url.replace(/\?token=.*$/, ""));
    assert.equal(r?.status(), 401);
  } finally {
    await browser?.close();
    proc.kill("SIGTERM");
  }
});
