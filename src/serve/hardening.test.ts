/**
 * What a hostile or broken runs folder, or a hostile client, can do to `serve`: nothing beyond a 404 or a cut
 * connection. Symlinks out of the folder, FIFOs, devices and huge files in a run folder are neither streamed nor
 * read whole; no request ends the server; beyond loopback a Host check and a token guard every request.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, readdirSync, symlinkSync, truncateSync, unlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fakeMetricsLine } from "../testing/fake-run.js";
import { packageRoot } from "../report/assets.js";
import { exited, waitUntil } from "../testing/wait.js";
import { MetricsFollower } from "./follow.js";
import { RunsWatcher } from "./watcher.js";
import { hostOfHeader, isLoopbackHost, startDashboard, streamOpenFile, type Dashboard } from "./server.js";

const BIN = join(packageRoot(), "bin", "nocollapse");
const SECRET = "s3cr3t-outside-the-runs-folder";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The connection was cut before the body was complete. */
  cut: boolean;
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      let cut = false;
      res.on("data", (b: Buffer) => chunks.push(b));
      res.on("aborted", () => (cut = true));
      res.on("error", () => (cut = true));
      res.on("close", () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), cut: cut || !res.complete }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** A run folder whose files are all hostile: symlinks out, FIFOs, devices, huge files. */
function hostileRuns(): { base: string; root: string; hasDevice: boolean } {
  const base = mkdtempSync(join(tmpdir(), "nc-hostile-"));
  const root = join(base, "runs");
  writeFileSync(join(base, "secret.json"), JSON.stringify({ state: "running", method: SECRET, linearTop1: 99 }));
  writeFileSync(join(base, "secret.jsonl"), JSON.stringify({ step: 1, loss: 1, warning: { where: "z", kind: SECRET } }) + "\n");
  const files = ["config.json", "status.json", "eval.json", "eval-random.json"];
  mkdirSync(join(root, "leak"), { recursive: true });
  for (const f of files) symlinkSync(join(base, "secret.json"), join(root, "leak", f));
  symlinkSync(join(base, "secret.jsonl"), join(root, "leak", "metrics.jsonl"));
  symlinkSync(base, join(root, "leak", "up")); // a folder link out
  mkdirSync(join(root, "fifo"));
  for (const f of [...files, "metrics.jsonl"]) assert.equal(spawnSync("mkfifo", [join(root, "fifo", f)]).status, 0);
  mkdirSync(join(root, "zero"));
  for (const f of [...files, "metrics.jsonl"]) symlinkSync("/dev/zero", join(root, "zero", f));
  mkdirSync(join(root, "huge"));
  for (const f of files) {
    writeFileSync(join(root, "huge", f), "");
    truncateSync(join(root, "huge", f), 2 ** 30); // sparse: 1 GiB that takes no disk
  }
  writeFileSync(join(root, "huge", "metrics.jsonl"), "");
  truncateSync(join(root, "huge", "metrics.jsonl"), 64 << 20); // 64 MiB of NULs and no newline: one endless line
  // Device nodes inside the folder need root privileges (mknod); the FIFO run covers the same path without them.
  mkdirSync(join(root, "dev"));
  let hasDevice = true;
  for (const f of [...files, "metrics.jsonl"]) hasDevice &&= spawnSync("mknod", [join(root, "dev", f), "c", "1", "5"]).status === 0;
  if (!hasDevice) spawnSync("rm", ["-rf", join(root, "dev")]);
  // A symlink that stays inside the folder is fine.
  mkdirSync(join(root, "good"));
  writeFileSync(join(root, "good", "real-status.json"), JSON.stringify({ state: "done", step: 3 }));
  symlinkSync("real-status.json", join(root, "good", "status.json"));
  writeFileSync(join(root, "good", "metrics.jsonl"), [0, 1, 2, 3].map((s) => JSON.stringify(fakeMetricsLine(s))).join("\n") + "\n");
  return { base, root, hasDevice };
}

test("MetricsFollower: a FIFO, a device or a symlink out reads as nothing; an endless line is dropped, not buffered", () => {
  const { root, hasDevice } = hostileRuns();
  for (const run of ["leak", "fifo", "zero", ...(hasDevice ? ["dev"] : [])]) {
    const f = new MetricsFollower(join(root, run, "metrics.jsonl"), { inside: root });
    assert.deepEqual(f.poll(), { reset: false, lines: [], skipped: 0, more: false }, run);
  }
  // The same symlink without a root to stay inside is an ordinary file.
  assert.equal(new MetricsFollower(join(root, "leak", "metrics.jsonl")).poll().lines.length, 1);
  // 64 MiB without a newline, read 1 MiB at a time with a 4 MiB line limit: dropped once, never held.
  const f = new MetricsFollower(join(root, "huge", "metrics.jsonl"), { inside: root });
  let skipped = 0;
  let polls = 0;
  for (let r = f.poll(); ; r = f.poll()) {
    polls++;
    skipped += r.skipped;
    assert.ok(f.buffered <= 4 << 20, `buffered ${f.buffered}`);
    assert.equal(r.lines.length, 0);
    if (!r.more) break;
  }
  assert.equal(polls, 64);
  assert.equal(skipped, 1);
  // The next line after the endless one is read normally.
  appendFileSync(join(root, "huge", "metrics.jsonl"), '\n{"step":7}\n');
  assert.deepEqual(f.poll().lines.map((l) => l.step), [7]);
});

test("RunsWatcher: symlinks out, /dev/zero, huge files and devices are ignored; a link inside the folder is followed", () => {
  const { root, hasDevice } = hostileRuns();
  // FIFOs are covered by the CLI test below: a regression there would block this process, not fail the test.
  spawnSync("rm", ["-rf", join(root, "fifo")]);
  const w = new RunsWatcher(root);
  const lines: string[] = [];
  w.on("event", (e) => lines.push(JSON.stringify(e)));
  for (let i = 0; i < 100 && w.poll(); i++);
  const snap = JSON.stringify(w.snapshot());
  assert.doesNotMatch(snap + lines.join(""), new RegExp(SECRET));
  const runs = Object.fromEntries(w.snapshot().runs.map((r) => [r.name, r]));
  assert.deepEqual(Object.keys(runs).sort(), ["good", "huge", "leak", "zero", ...(hasDevice ? ["dev"] : [])].sort());
  for (const name of ["leak", "zero", "huge", ...(hasDevice ? ["dev"] : [])]) {
    assert.equal(runs[name]!.status, null, name);
    assert.equal(runs[name]!.config, null, name);
    assert.deepEqual(runs[name]!.accuracy, [], name);
  }
  assert.equal(runs.good!.status?.state, "done");
  assert.equal(w.snapshot().batches.find((b) => b.run === "good")!.lines.length, 4);
});

test("serve CLI with FIFOs, /dev/zero and symlinks out in its runs folder: answers, leaks nothing, stops on SIGTERM", { timeout: 60_000 }, async () => {
  const { root } = hostileRuns();
  const proc = spawn(process.execPath, [BIN, "serve", "--runs", root, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  proc.stdout.on("data", (b) => (out += b));
  proc.stderr.on("data", (b) => (err += b));
  const code = exited(proc);
  try {
    await waitUntil("the dashboard URL", () => /http:\/\/127\.0\.0\.1:\d+\//.test(out), { process: proc });
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(out)![1]);
    const snap = await get(port, "/api/snapshot");
    assert.equal(snap.status, 200);
    assert.doesNotMatch(snap.body, new RegExp(SECRET));
    const names = (JSON.parse(snap.body) as { runs: { name: string }[] }).runs.map((r) => r.name);
    assert.ok(names.includes("fifo") && names.includes("leak") && names.includes("good"), names.join(","));
    for (const p of ["leak/status.json", "leak/metrics.jsonl", "leak/up/secret.json", "fifo/status.json", "fifo/metrics.jsonl", "zero/config.json", "dev/status.json"]) {
      const r = await get(port, `/runs/${p}`);
      assert.equal(r.status, 404, p);
      assert.doesNotMatch(r.body, new RegExp(SECRET));
    }
    const huge = await get(port, "/runs/huge/status.json", {}, "HEAD");
    assert.equal(huge.status, 200); // a regular file inside the folder is served, streamed (not read whole)
    assert.equal(huge.headers["content-length"], String(2 ** 30));
    const good = await get(port, "/runs/good/status.json");
    assert.equal(JSON.parse(good.body).state, "done");
    assert.match(err, /serve: leak\/status\.json: ignored \(leads outside the runs folder\)/);
    assert.match(err, /serve: fifo\/status\.json: ignored \(not a regular file\)/);
    assert.match(err, /serve: huge\/status\.json: ignored \(larger than \d+ bytes\)/);
  } finally {
    proc.kill("SIGTERM");
  }
  assert.equal(await code, 0, err);
});

async function withServer(fn: (d: Dashboard, root: string) => Promise<void>, opts: Parameters<typeof startDashboard>[0] | object = {}): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "nc-serve-"));
  const d = await startDashboard({ runsDir: root, port: 0, pollMs: 30, ...opts });
  try {
    await fn(d, root);
  } finally {
    await d.close();
  }
}

function openFds(): number {
  return readdirSync("/proc/self/fd").length;
}

test("no request ends the server: read errors, files that shrink or vanish, clients that leave, garbage requests", async () => {
  // A read error once the response has begun (a folder's descriptor reads EISDIR): the connection is cut, the
  // server lives on.
  const dir = mkdtempSync(join(tmpdir(), "nc-err-"));
  const bad = createServer((req, res) => {
    if (req.url === "/x") streamOpenFile(req, res, openSync(dir, "r"), 1000, "text/plain");
    else res.end("fine");
  });
  await new Promise<void>((ok) => bad.listen(0, "127.0.0.1", () => ok()));
  try {
    const port = (bad.address() as AddressInfo).port;
    const r = await get(port, "/x").catch((e: NodeJS.ErrnoException) => ({ status: 0, cut: e.code === "ECONNRESET" }));
    assert.equal(r.cut, true);
    assert.equal((await get(port, "/ok")).body, "fine");
  } finally {
    bad.close();
  }

  await withServer(async (d, root) => {
    mkdirSync(join(root, "a"));
    const big = Buffer.alloc(32 << 20, 0x61);
    writeFileSync(join(root, "a", "big.log"), big);
    // Deleted after the request started: the open descriptor still reads the whole file.
    const whole = await new Promise<number>((ok, fail) => {
      const req = request({ host: "127.0.0.1", port: d.port, path: "/runs/a/big.log" }, (res) => {
        let n = 0;
        let first = true;
        res.on("data", (b: Buffer) => {
          n += b.length;
          if (first) unlinkSync(join(root, "a", "big.log"));
          first = false;
        });
        res.on("end", () => ok(n));
      });
      req.on("error", fail);
      req.end();
    });
    assert.equal(whole, big.length);
    // Truncated while it is sent: fewer bytes than announced, so the connection is cut, not left hanging.
    writeFileSync(join(root, "a", "shrinks.log"), big);
    const short = await new Promise<{ n: number; cut: boolean }>((ok, fail) => {
      const req = request({ host: "127.0.0.1", port: d.port, path: "/runs/a/shrinks.log" }, (res) => {
        let n = 0;
        let first = true;
        res.on("data", (b: Buffer) => {
          n += b.length;
          if (first) truncateSync(join(root, "a", "shrinks.log"), 0);
          first = false;
        });
        res.on("close", () => ok({ n, cut: !res.complete }));
      });
      req.on("error", fail);
      req.end();
    });
    assert.ok(short.n < big.length && short.cut, JSON.stringify(short));
    // Clients that leave mid-download, 30 times: every descriptor is closed again.
    writeFileSync(join(root, "a", "big.log"), big);
    const before = openFds();
    for (let i = 0; i < 30; i++) {
      await new Promise<void>((ok) => {
        const req = request({ host: "127.0.0.1", port: d.port, path: "/runs/a/big.log" }, (res) => {
          res.once("data", () => req.destroy());
          res.on("close", () => ok());
        });
        req.on("error", () => ok());
        req.end();
      });
    }
    await waitUntil("the server to close the abandoned files", () => openFds() <= before + 2);
    // Garbage on the socket, a request line without a path, a header without a value: a 400 each.
    for (const bytes of ["\x00\x01\x02 garbage\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/1.1\r\nHost\r\n\r\n"]) {
      const status = await new Promise<string>((ok) => {
        const s = connect(d.port, "127.0.0.1", () => s.write(bytes));
        let data = "";
        s.on("data", (b) => (data += b));
        s.on("close", () => ok(data.split("\r\n")[0]!));
        s.on("error", () => ok("reset"));
      });
      assert.match(status, /^HTTP\/1\.1 400|^reset$/, JSON.stringify(bytes));
    }
    // An event-stream client that goes away while events are sent.
    writeFileSync(join(root, "a", "metrics.jsonl"), "");
    await new Promise<void>((ok) => {
      const req = request({ host: "127.0.0.1", port: d.port, path: "/api/events" }, (res) => {
        res.once("data", () => {
          req.destroy();
          ok();
        });
      });
      req.on("error", () => ok());
      req.end();
    });
    for (let s = 0; s < 50; s++) appendFileSync(join(root, "a", "metrics.jsonl"), JSON.stringify(fakeMetricsLine(s)) + "\n");
    for (;;) {
      const snap = JSON.parse((await get(d.port, "/api/snapshot")).body) as { history: { run: string; lines: number }[] };
      if (snap.history.find((h) => h.run === "a")?.lines === 50) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const after = await get(d.port, "/api/ping");
    assert.equal(after.status, 200);
    assert.equal(after.body, '{"ok":true}');
  });
});

test("Host header parsing and loopback addresses", () => {
  assert.equal(hostOfHeader("127.0.0.1:8080"), "127.0.0.1");
  assert.equal(hostOfHeader("[::1]:8080"), "::1");
  assert.equal(hostOfHeader("Dash.Example.COM"), "dash.example.com");
  assert.equal(hostOfHeader(undefined), "");
  for (const h of ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"]) assert.equal(isLoopbackHost(h), true, h);
  for (const h of ["0.0.0.0", "::", "10.0.0.1", "192.168.1.2", "example.com", "127.0.0.1.example.com"]) assert.equal(isLoopbackHost(h), false, h);
});

test("beyond loopback: a token is required on every request (URL, then cookie), and the Host check stays on", async () => {
  await withServer(
    async (d) => {
      assert.equal(d.exposed, true);
      assert.ok(d.token && d.token.length >= 32, "a random token");
      assert.equal(d.url, `http://${hostname()}:${d.port}/?token=${d.token}`);
      assert.equal(d.localUrl, `http://127.0.0.1:${d.port}/?token=${d.token}`);
      for (const p of ["/", "/static/dashboard.js", "/api/snapshot", "/api/events", "/api/ping", "/runs/x/metrics.jsonl"]) {
        assert.equal((await get(d.port, p)).status, 401, p);
        assert.equal((await get(d.port, `${p}?token=wrong`)).status, 401, p);
      }
      const first = await get(d.port, `/?token=${d.token}`);
      assert.equal(first.status, 200);
      const setCookie = first.headers["set-cookie"]![0]!;
      assert.match(setCookie, new RegExp(`^nocollapse-token-${d.port}=${d.token}; Path=/; HttpOnly; SameSite=Strict$`));
      const jar = { cookie: setCookie.split(";")[0]! };
      assert.equal((await get(d.port, "/api/snapshot", jar)).status, 200);
      assert.equal((await get(d.port, "/static/dashboard.js", jar)).status, 200);
      assert.equal((await get(d.port, "/api/ping", { authorization: `Bearer ${d.token}` })).status, 200);
      assert.equal((await get(d.port, "/api/ping", { cookie: `nocollapse-token-${d.port}=${d.token}x` })).status, 401);
      // DNS rebinding: the right token does not help a foreign Host; an allowed one passes.
      assert.equal((await get(d.port, "/api/ping", { ...jar, host: "evil.example" })).status, 403);
      assert.equal((await get(d.port, "/api/ping", { ...jar, host: `dash.example:${d.port}` })).status, 200);
      assert.equal((await get(d.port, "/api/ping", { ...jar, host: hostname() })).status, 200);
      assert.ok(d.allowedHosts.includes("dash.example") && d.allowedHosts.includes(hostname().toLowerCase()));
    },
    { host: "0.0.0.0", allowHosts: ["dash.example"] },
  );
  // Loopback stays as it was (no token) unless one is asked for; --no-token beyond loopback is honoured.
  await withServer(async (d) => {
    assert.equal(d.token, null);
    assert.equal(d.exposed, false);
    assert.equal(d.url, `http://127.0.0.1:${d.port}/`);
    assert.equal((await get(d.port, "/api/ping")).status, 200);
    assert.equal((await get(d.port, "/api/ping", { host: "evil.example" })).status, 403);
  });
  await withServer(async (d) => {
    assert.equal((await get(d.port, "/api/ping")).status, 401);
    assert.equal((await get(d.port, "/api/ping?token=let-me-in-1")).status, 200);
  }, { token: "let-me-in-1" });
  await withServer(async (d) => {
    assert.equal(d.token, null);
    assert.equal((await get(d.port, "/api/ping")).status, 200);
    assert.equal((await get(d.port, "/api/ping", { host: "evil.example" })).status, 403);
  }, { host: "0.0.0.0", token: false });
  await withServer(async (d) => {
    assert.equal((await get(d.port, "/api/ping", { host: "anything.example" })).status, 200);
  }, { allowHosts: ["*"] });
});

function runCli(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 20_000 });
  return { status: r.status, stderr: r.stderr };
}

test("serve CLI: ports out of range are one line naming --port, exit 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "nc-serve-"));
  for (const p of ["70000", "65536", "--port=-1", "abc", "80.5", "", "0x50", "1e3"]) {
    const r = runCli(["serve", "--runs", dir, ...(p.startsWith("--") ? [p] : ["--port", p])]);
    assert.equal(r.status, 2, `${p}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /^nocollapse: --port: expected a port number 0–65535, got "/, p);
  }
  const t = runCli(["serve", "--runs", dir, "--port", "0", "--token", "has space"]);
  assert.equal(t.status, 2, t.stderr);
  assert.match(t.stderr, /^nocollapse: --token: expected 1–256 printable characters/);
});

test("serve CLI beyond loopback: a warning naming the address, a URL with the token, the loopback URL too", { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "nc-serve-"));
  const proc = spawn(process.execPath, [BIN, "serve", "--runs", dir, "--port", "0", "--host", "0.0.0.0", "--allow-host", "a.example,b.example"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  proc.stdout.on("data", (b) => (out += b));
  proc.stderr.on("data", (b) => (err += b));
  const code = exited(proc);
  try {
    await waitUntil("both URLs", () => /on this machine: http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.test(out), { process: proc });
    const port = /127\.0\.0\.1:(\d+)/.exec(out)![1];
    assert.match(out, new RegExp(`^nocollapse dashboard: http://${hostname().replace(/[.]/g, "\\.")}:${port}/\\?token=[\\w-]{32}`, "m"));
    assert.match(err, new RegExp(`^nocollapse: warning: the dashboard listens on 0\\.0\\.0\\.0 port ${port}, beyond loopback: anyone who can reach it and has the token`, "m"));
    assert.match(err, /Host names accepted: .*a\.example, b\.example/);
    const token = /\?token=(\S+)/.exec(out)![1]!;
    assert.equal((await get(Number(port), `/api/ping?token=${token}`)).status, 200);
    assert.equal((await get(Number(port), "/api/ping")).status, 401);
  } finally {
    proc.kill("SIGTERM");
  }
  assert.equal(await code, 0);
});
