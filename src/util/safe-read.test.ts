import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, readSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isInside, openRegularFile, readRegularFile, RefusedFileError, type RefusalReason } from "./safe-read.js";

function reason(fn: () => unknown): RefusalReason | "accepted" {
  try {
    const r = fn();
    if (r && typeof r === "object" && "fd" in r) closeSync((r as { fd: number }).fd);
    return "accepted";
  } catch (e) {
    if (e instanceof RefusedFileError) return e.reason;
    throw e;
  }
}

test("isInside: strictly below the root, not a sibling with the same prefix", () => {
  assert.equal(isInside("/a/runs", "/a/runs/x.json"), true);
  assert.equal(isInside("/a/runs", "/a/runs"), false);
  assert.equal(isInside("/a/runs", "/a/runs-other/x.json"), false);
  assert.equal(isInside("/a/runs/", "/a/runs/b/c"), true);
});

test("only regular files really inside the root are opened; FIFOs and devices never are", () => {
  const base = mkdtempSync(join(tmpdir(), "nc-safe-"));
  const root = join(base, "runs");
  mkdirSync(join(root, "a"), { recursive: true });
  writeFileSync(join(root, "a", "ok.json"), '{"state":"done"}');
  writeFileSync(join(base, "secret.json"), '{"secret":1}');
  symlinkSync(join(base, "secret.json"), join(root, "a", "out.json")); // leads out of the root
  symlinkSync("../a/ok.json", join(root, "a", "in.json")); // stays inside: fine
  symlinkSync(base, join(root, "a", "up")); // a folder link out of the root
  symlinkSync("/dev/zero", join(root, "a", "zero.json"));
  assert.equal(spawnSync("mkfifo", [join(root, "a", "fifo.json")]).status, 0);
  mkdirSync(join(root, "a", "dir.json"));

  const open = (p: string) => reason(() => openRegularFile(join(root, "a", p), { inside: root }));
  assert.equal(open("ok.json"), "accepted");
  assert.equal(open("in.json"), "accepted");
  assert.equal(open("out.json"), "outside");
  assert.equal(open("up/secret.json"), "outside");
  assert.equal(open("zero.json"), "outside");
  assert.equal(open("fifo.json"), "not-regular"); // returns at once: a blocking open() would hang this test
  assert.equal(open("dir.json"), "not-regular");
  assert.equal(open("missing.json"), "missing");
  assert.equal(open("ok.json/x"), "missing");
  // Without a root only the kind of file is checked.
  assert.equal(reason(() => openRegularFile(join(root, "a", "out.json"))), "accepted");
  assert.equal(reason(() => openRegularFile("/dev/zero")), "not-regular");
  assert.equal(reason(() => openRegularFile(join(root, "a", "fifo.json"))), "not-regular");
  // A device node inside the root (mknod needs root privileges; without them this case cannot be set up).
  const dev = join(root, "a", "dev.json");
  if (spawnSync("mknod", [dev, "c", "1", "5"]).status === 0) assert.equal(open("dev.json"), "not-regular");

  const f = openRegularFile(join(root, "a", "in.json"), { inside: root });
  try {
    const buf = Buffer.alloc(f.size);
    readSync(f.fd, buf, 0, f.size, 0);
    assert.equal(buf.toString(), '{"state":"done"}');
    assert.equal(f.realPath, join(root, "a", "ok.json"));
  } finally {
    closeSync(f.fd);
  }
});

test("readRegularFile: whole files up to the limit, larger ones refused without reading them", () => {
  const root = mkdtempSync(join(tmpdir(), "nc-safe-"));
  writeFileSync(join(root, "small.json"), "x".repeat(100));
  assert.equal(readRegularFile(join(root, "small.json"), { inside: root, maxBytes: 100 }).length, 100);
  assert.equal(reason(() => readRegularFile(join(root, "small.json"), { inside: root, maxBytes: 99 })), "too-large");
  writeFileSync(join(root, "empty.json"), "");
  assert.equal(readRegularFile(join(root, "empty.json"), { maxBytes: 10 }).length, 0);
  // A sparse 2 GiB file: refused from its size, so neither the time nor the memory to read it is spent.
  truncateSync(join(root, "empty.json"), 2 ** 31);
  assert.equal(reason(() => readRegularFile(join(root, "empty.json"), { inside: root, maxBytes: 1 << 20 })), "too-large");
  // Reads bigger than one 64 KiB slice come back whole.
  const big = Buffer.alloc(300_000, 7);
  writeFileSync(join(root, "big.bin"), big);
  assert.deepEqual(readRegularFile(join(root, "big.bin"), { maxBytes: 1 << 20 }), big);
});
