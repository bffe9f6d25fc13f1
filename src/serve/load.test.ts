/**
 * Load test, bounded and on loopback only: a 10 MB metrics.jsonl, then 50 snapshot requests and 50 event-stream
 * clients at once against a `serve` process. Every response must arrive, the ping endpoint must keep answering
 * while they load (the event loop is never blocked for long), each client's snapshot stays bounded whatever the
 * file's length, and so does the server's memory. The bounds are generous (a busy 2-core machine passes them
 * easily); the unbounded history this replaced missed them by far (one ~25 MB JSON text built per client).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fakeMetricsLine } from "../testing/fake-run.js";
import { packageRoot } from "../report/assets.js";
import { exited, waitUntil } from "../testing/wait.js";

const CLIENTS = 50;
/** Every response, from the moment all clients are started. */
const ALL_WITHIN_MS = 15_000;
/** Longest wait for a ping while the clients load. */
const PING_WITHIN_MS = 2_000;
/** One client's snapshot, and the server's peak resident memory. */
const SNAPSHOT_MAX_BYTES = 6 << 20;
const PEAK_RSS_MAX_BYTES = 400 << 20;

/** Resolves with status, bytes and milliseconds; `untilSnapshot` stops an event stream after its snapshot event. */
function fetchTimed(port: number, path: string, untilSnapshot = false): Promise<{ status: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path }, (res) => {
      let bytes = 0;
      let tail = "";
      const done = (): void => ok({ status: res.statusCode!, bytes, ms: performance.now() - t0 });
      res.on("data", (b: Buffer) => {
        bytes += b.length;
        if (!untilSnapshot) return;
        // The snapshot event is "event: snapshot\ndata: {...}\n\n": its end is the first blank line.
        tail = (tail + b.toString("latin1")).slice(-4);
        if (tail.includes("\n\n") || tail.endsWith("\n\n")) {
          done();
          req.destroy();
        }
      });
      res.on("end", done);
    });
    req.on("error", (e) => (untilSnapshot ? undefined : fail(e)));
    req.end();
  });
}

function peakRss(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) * 1024;
}

test(`load: a 10 MB history, ${CLIENTS} snapshot + ${CLIENTS} event-stream clients at once; pings answered, memory bounded`, { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), "nc-load-"));
  mkdirSync(join(root, "long"));
  const lines: string[] = [];
  let size = 0;
  for (let s = 0; size < 10 << 20; s++) {
    const l = JSON.stringify(fakeMetricsLine(s, { fate: "dimensional", collapseAt: 8000 })) + "\n";
    lines.push(l);
    size += l.length;
  }
  writeFileSync(join(root, "long", "metrics.jsonl"), lines.join(""));
  writeFileSync(join(root, "long", "status.json"), JSON.stringify({ state: "done", step: lines.length - 1, maxSteps: lines.length - 1 }));

  const proc = spawn(process.execPath, [join(packageRoot(), "bin", "nocollapse"), "serve", "--runs", root, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const code = exited(proc);
  let out = "";
  proc.stdout.on("data", (b) => (out += b));
  try {
    await waitUntil("the dashboard URL", () => /127\.0\.0\.1:\d+/.test(out), { process: proc });
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(out)![1]);
    // The server takes the file in 1 MiB slices between requests; wait until it has all of it.
    for (;;) {
      const body = await new Promise<string>((ok, fail) => {
        request({ host: "127.0.0.1", port, path: "/api/snapshot" }, (res) => {
          let s = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (s += c));
          res.on("end", () => ok(s));
        }).on("error", fail).end();
      });
      const h = (JSON.parse(body) as { history: { run: string; lines: number; keptLines: number; keptSpectra: number; spectra: number }[] }).history[0];
      if (h && h.lines === lines.length) {
        assert.ok(h.keptLines <= 2001 && h.keptSpectra < h.spectra, `thinned: ${JSON.stringify(h)}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }

    const pings: number[] = [];
    let loading = true;
    const pinger = (async () => {
      while (loading) {
        pings.push((await fetchTimed(port, "/api/ping")).ms);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const t0 = performance.now();
    const results = await Promise.all([
      ...Array.from({ length: CLIENTS }, () => fetchTimed(port, "/api/snapshot")),
      ...Array.from({ length: CLIENTS }, () => fetchTimed(port, "/api/events", true)),
    ]);
    const allMs = performance.now() - t0;
    loading = false;
    await pinger;

    assert.equal(results.length, 2 * CLIENTS);
    for (const r of results) {
      assert.equal(r.status, 200);
      assert.ok(r.bytes > 100_000 && r.bytes < SNAPSHOT_MAX_BYTES, `snapshot of ${r.bytes} bytes`);
    }
    assert.ok(allMs < ALL_WITHIN_MS, `all ${2 * CLIENTS} clients served in ${allMs.toFixed(0)} ms`);
    assert.ok(pings.length >= 1, "pings sent while loading");
    assert.ok(Math.max(...pings) < PING_WITHIN_MS, `slowest ping ${Math.max(...pings).toFixed(0)} ms of ${pings.length}`);
    const rss = peakRss(proc.pid!);
    assert.ok(rss < PEAK_RSS_MAX_BYTES, `peak RSS ${(rss / 2 ** 20).toFixed(0)} MiB`);
    process.stderr.write(`load: ${2 * CLIENTS} clients in ${allMs.toFixed(0)} ms, ${pings.length} pings (slowest ${Math.max(...pings).toFixed(0)} ms), snapshot ${(results[0]!.bytes / 2 ** 20).toFixed(2)} MiB, peak RSS ${(rss / 2 ** 20).toFixed(0)} MiB\n`);
  } finally {
    proc.kill("SIGTERM");
  }
  assert.equal(await code, 0);
});
