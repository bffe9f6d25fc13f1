import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync, renameSync } from "node:fs";
import { get, request, createServer } from "node:http";
import { connect } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fakeMetricsLine } from "../testing/fake-run.js";
import { packageRoot } from "../report/assets.js";
import { MetricsFollower } from "./follow.js";
import { RunsWatcher } from "./watcher.js";
import { startDashboard, type Dashboard } from "./server.js";

const line = (step: number): string => JSON.stringify(fakeMetricsLine(step, { fate: "dimensional", collapseAt: 10 })) + "\n";

test("MetricsFollower: partial lines, malformed lines, truncation and replacement", () => {
  const dir = mkdtempSync(join(tmpdir(), "nc-follow-"));
  const p = join(dir, "metrics.jsonl");
  const f = new MetricsFollower(p);
  assert.deepEqual(f.poll(), { reset: false, lines: [], skipped: 0, more: false }); // missing file: nothing, no throw
  writeFileSync(p, '{"step":0}\n{"step":1,"lo');
  assert.deepEqual(f.poll().lines.map((l) => l.step), [0]);
  appendFileSync(p, 'ss":2.5}\ngarbage\n{"step":2}\n');
  const r = f.poll();
  assert.deepEqual(r.lines.map((l) => [l.step, l.loss]), [[1, 2.5], [2, undefined]]);
  assert.equal(r.skipped, 1);
  writeFileSync(p, '{"step":0}\n'); // truncated: a restarted run
  const t = f.poll();
  assert.equal(t.reset, true);
  assert.deepEqual(t.lines.map((l) => l.step), [0]);
  writeFileSync(join(dir, "new.jsonl"), '{"step":5}\n{"step":6}\n{"step":7}\n');
  renameSync(join(dir, "new.jsonl"), p); // replaced by a longer file: new inode
  const n = f.poll();
  assert.equal(n.reset, true);
  assert.deepEqual(n.lines.map((l) => l.step), [5, 6, 7]);
  // A multi-byte character split across two writes stays whole.
  const bytes = Buffer.from('{"step":8,"warning":{"where":"z","kind":"dimensional-collapse","explanation":"rang réduit"}}\n');
  const cut = bytes.indexOf(Buffer.from("é")) + 1;
  appendFileSync(p, bytes.subarray(0, cut));
  assert.deepEqual(f.poll().lines, []);
  appendFileSync(p, bytes.subarray(cut));
  assert.equal(f.poll().lines[0]!.warning!.explanation, "rang réduit");
});

interface SseEvent {
  event: string;
  data: any; // test-only: JSON payloads checked field by field
}

function sseClient(url: string): { events: SseEvent[]; waitFor: (pred: (e: SseEvent[]) => boolean, ms?: number) => Promise<void>; close: () => void } {
  const events: SseEvent[] = [];
  let buf = "";
  const req = get(url, (res) => {
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const ev = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (ev && data) events.push({ event: ev, data: JSON.parse(data) });
      }
    });
  });
  req.on("error", () => {});
  return {
    events,
    close: () => req.destroy(),
    waitFor: async (pred, ms = 5000) => {
      const end = Date.now() + ms;
      while (!pred(events)) {
        if (Date.now() > end) throw new Error(`timed out; events: ${events.map((e) => e.event).join(",")}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

async function withDashboard(fn: (d: Dashboard, root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "nc-serve-"));
  const d = await startDashboard({ runsDir: root, port: 0, pollMs: 30 });
  try {
    await fn(d, root);
  } finally {
    await d.close();
  }
}

test("SSE delivers appended lines in order, skips a malformed line, follows new run folders and truncation", async () => {
  await withDashboard(async (d, root) => {
    mkdirSync(join(root, "a"));
    writeFileSync(join(root, "a", "metrics.jsonl"), line(0) + line(1));
    const c = sseClient(`${d.url}api/events`);
    try {
      const steps = (run: string): number[] =>
        c.events.flatMap((e) =>
          e.event === "lines" && e.data.run === run ? e.data.lines.map((l: { step: number }) => l.step)
          : e.event === "snapshot" ? e.data.batches.filter((b: { run: string }) => b.run === run).flatMap((b: { lines: { step: number }[] }) => b.lines.map((l) => l.step))
          : []);
      await c.waitFor(() => steps("a").length === 2);
      assert.equal(c.events[0]!.event, "snapshot");
      const l2 = line(2);
      appendFileSync(join(root, "a", "metrics.jsonl"), l2.slice(0, 30)); // half a line: must wait for the rest
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(steps("a"), [0, 1]);
      appendFileSync(join(root, "a", "metrics.jsonl"), l2.slice(30) + "{this is not json}\n" + line(3) + line(4));
      await c.waitFor(() => steps("a").length === 5);
      assert.deepEqual(steps("a"), [0, 1, 2, 3, 4]);
      await c.waitFor(() => c.events.some((e) => e.event === "run" && e.data.name === "a" && e.data.skipped === 1));
      // Chart rows come with the lines: the step-10 probe (dimensional collapse at 10) has spectra and series rows.
      for (let s = 5; s <= 25; s++) appendFileSync(join(root, "a", "metrics.jsonl"), line(s));
      await c.waitFor(() => steps("a").length === 26);
      const batches = c.events.filter((e) => e.event === "lines").map((e) => e.data);
      assert.ok(batches.some((b) => b.spectra.some((r: { step: number }) => r.step === 10)));
      assert.ok(batches.some((b) => b.lines.some((l: { warning?: unknown }) => l.warning)), "the warning line reached the client");
      // A new run folder appears mid-stream.
      mkdirSync(join(root, "b"));
      writeFileSync(join(root, "b", "config.json"), JSON.stringify({ method: "invariance" }));
      writeFileSync(join(root, "b", "metrics.jsonl"), line(0));
      await c.waitFor(() => steps("b").length === 1);
      const runEv = c.events.findIndex((e) => e.event === "run" && e.data.name === "b");
      const linesEv = c.events.findIndex((e) => e.event === "lines" && e.data.run === "b");
      assert.ok(runEv >= 0 && runEv < linesEv, "run announced before its lines");
      assert.equal(c.events[runEv]!.data.config.method, "invariance");
      // Truncation (a restarted run): a reset, then the lines from the top.
      writeFileSync(join(root, "a", "metrics.jsonl"), line(0));
      await c.waitFor(() => c.events.some((e) => e.event === "reset" && e.data.run === "a"));
      await c.waitFor(() => c.events.at(-1)!.event === "lines" && c.events.at(-1)!.data.run === "a");
    } finally {
      c.close();
    }
  });
});

function rawGet(port: number, path: string, host = "127.0.0.1"): Promise<number> {
  // A raw socket, so neither URL parsing nor the client normalises the path before it reaches the server.
  return new Promise((ok, fail) => {
    const s = connect(port, "127.0.0.1", () => s.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let data = "";
    s.on("data", (b) => (data += b.toString()));
    s.on("end", () => ok(Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0)));
    s.on("error", fail);
  });
}

test("path traversal and foreign hosts are refused; files under DIR and static assets are served", async () => {
  await withDashboard(async (d, root) => {
    mkdirSync(join(root, "a"));
    writeFileSync(join(root, "a", "metrics.jsonl"), line(0));
    symlinkSync("/etc", join(root, "a", "escape"));
    const bad = [
      "/../package.json",
      "/runs/../../../../etc/passwd",
      "/runs/a/../../package.json",
      "/runs/%2e%2e/%2e%2e/etc/passwd",
      "/runs/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "/runs/%2fetc%2fpasswd",
      "/runs/..%5c..%5cpackage.json",
      "/runs//etc/passwd",
      "/static/..%2fpackage.json",
      "/static/../../package.json",
      "/runs/a/%00",
      "/runs/%zz",
      "http://127.0.0.1/etc/passwd",
      "/etc/passwd",
      "/static/package.json",
      "/runs/a/escape/passwd",
      "/runs/a/missing.json",
      "/runs/a",
    ];
    for (const p of bad) {
      const code = await rawGet(d.port, p);
      assert.ok(code === 400 || code === 404, `${p} → ${code}`);
    }
    assert.equal(await rawGet(d.port, "/runs/a/metrics.jsonl"), 200);
    assert.equal(await rawGet(d.port, "/"), 200);
    assert.equal(await rawGet(d.port, "/static/dashboard.js"), 200);
    assert.equal(await rawGet(d.port, "/static/vega-lite.min.js"), 200);
    assert.equal(await rawGet(d.port, "/api/specs"), 200);
    assert.equal(await rawGet(d.port, "/", "evil.example"), 403); // DNS rebinding
    const page = await new Promise<string>((ok) => get(d.url, (r) => { let s = ""; r.on("data", (b) => (s += b)); r.on("end", () => ok(s)); }));
    assert.doesNotMatch(page, /(src|href)\s*=\s*["']?(https?:)?\/\//i, "no CDN references");
    const post = await new Promise<number>((ok) => { const r = request(d.url, { method: "POST" }, (res) => { res.resume(); ok(res.statusCode!); }); r.end(); });
    assert.equal(post, 405);
  });
});

test("serve CLI: port in use is a one-line error with exit code 2", async () => {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, "127.0.0.1", () => ok()));
  const port = (blocker.address() as { port: number }).port;
  try {
    const dir = mkdtempSync(join(tmpdir(), "nc-serve-"));
    // Async spawn would need the blocker's event loop free; spawnSync blocks it, but listening sockets still refuse binds.
    const r = spawnSync(process.execPath, [join(packageRoot(), "bin", "nocollapse"), "serve", "--runs", dir, "--port", String(port)], { encoding: "utf8", timeout: 20000 });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /--port: port \d+ on 127\.0\.0\.1 is already in use/);
  } finally {
    blocker.close();
  }
});

test("a run whose process died without writing its status is shown as interrupted, a live one as running", () => {
  const root = mkdtempSync(join(tmpdir(), "nc-watch-"));
  const dead = spawnSync(process.execPath, ["-e", "0"]).pid!; // exited: its pid no longer runs
  for (const [name, pid] of [["killed", dead], ["live", process.pid]] as const) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, "metrics.jsonl"), "");
    writeFileSync(join(root, name, "status.json"), JSON.stringify({ state: "running", step: 3, pid, host: hostname() }));
  }
  const w = new RunsWatcher(root);
  w.poll();
  const states = Object.fromEntries(w.snapshot().runs.map((r) => [r.name, r.status?.state]));
  assert.deepEqual(states, { killed: "interrupted", live: "running" });
});
