import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { InputError, RunError } from "./errors.js";
import { expectFile, formatBytes, readRegularFile, sameFile, writeFileAtomic } from "./fs.js";
import { checkMemory, memoryLimit } from "./memory.js";

const dir = mkdtempSync(join(tmpdir(), "nc-fs-"));

test("a write that fills a small tmpfs leaves no temp file, and a write after freeing space succeeds", (t) => {
  const mnt = join(dir, "tiny");
  mkdirSync(mnt);
  const m = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt], { encoding: "utf8" });
  if (m.status !== 0) {
    rmdirSync(mnt);
    t.skip(`mounting a tmpfs is not permitted here (${(m.stderr || m.error?.message || "").trim()})`);
    return;
  }
  try {
    // Fill the filesystem to the last page.
    const filler = join(mnt, "filler");
    for (;;) {
      try {
        appendFileSync(filler, Buffer.alloc(4096, 1));
      } catch (e) {
        assert.equal((e as NodeJS.ErrnoException).code, "ENOSPC");
        break;
      }
    }
    const target = join(mnt, "out.bin");
    const data = Buffer.alloc(32 * 1024, 7);
    assert.throws(() => writeFileAtomic(target, data), (e: unknown) => e instanceof RunError && /out\.bin: no space left/.test(e.message));
    assert.deepEqual(readdirSync(mnt), ["filler"], "the temp file was removed");
    // The same again: the second failure must not be caused by a leftover of the first.
    assert.throws(() => writeFileAtomic(target, data), RunError);
    assert.deepEqual(readdirSync(mnt), ["filler"]);
    unlinkSync(filler);
    writeFileAtomic(target, data);
    assert.deepEqual(readFileSync(target), data);
    assert.deepEqual(readdirSync(mnt), ["out.bin"]);
  } finally {
    execFileSync("umount", [mnt]);
    rmdirSync(mnt);
  }
});

test("writing onto a directory is refused naming the path, leaves no temp file, and works once the directory is gone", () => {
  const d = join(dir, "onto-dir");
  mkdirSync(d);
  const target = join(d, "status.json");
  mkdirSync(target);
  assert.throws(() => writeFileAtomic(target, "{}\n"), (e: unknown) => e instanceof InputError && e.where === target && /is a directory/.test(e.message));
  assert.deepEqual(readdirSync(d), ["status.json"]);
  rmdirSync(target);
  writeFileAtomic(target, "{}\n");
  assert.equal(readFileSync(target, "utf8"), "{}\n");
  assert.deepEqual(readdirSync(d), ["status.json"]);
});

test("readRegularFile: FIFOs and /dev/zero are refused at once, large files before reading, regular files and symlinks read", () => {
  const fifo = join(dir, "status.json");
  execFileSync("mkfifo", [fifo]);
  assert.throws(() => readRegularFile(fifo, { maxBytes: 1024 }), (e: unknown) => e instanceof InputError && /FIFO/.test(e.message));
  assert.throws(() => readRegularFile("/dev/zero", { maxBytes: 1024, what: "config.json" }),
    (e: unknown) => e instanceof InputError && e.where === "config.json" && /character device/.test(e.message));
  assert.throws(() => readRegularFile(dir, { maxBytes: 1024 }), /found a directory/);
  const big = join(dir, "big.json");
  writeFileSync(big, Buffer.alloc(2048, 32));
  assert.throws(() => readRegularFile(big, { maxBytes: 1024 }), (e: unknown) => e instanceof InputError && /2\.0 KiB; the limit for this file is 1\.0 KiB/.test(e.message));
  assert.equal(readRegularFile(big, { maxBytes: 2048 }).length, 2048);
  const link = join(dir, "link.json");
  symlinkSync(big, link);
  assert.equal(readRegularFile(link, { maxBytes: 4096 }).length, 2048);
  assert.throws(() => readRegularFile(join(dir, "missing.json"), { maxBytes: 10 }), /file not found/);
  assert.throws(() => expectFile(fifo, "--images"), (e: unknown) => e instanceof InputError && /--images: expected a regular file, found a FIFO/.test(e.message));
});

test("sameFile: the same path, a symlink and a hard link are the same file; a copy and a missing path are not", () => {
  const a = join(dir, "a.npy");
  writeFileSync(a, "x");
  writeFileSync(join(dir, "copy.npy"), "x");
  symlinkSync(a, join(dir, "sym.npy"));
  linkSync(a, join(dir, "hard.npy"));
  assert.ok(sameFile(a, a));
  assert.ok(sameFile(a, join(dir, ".", "a.npy")));
  assert.ok(sameFile(join(dir, "sym.npy"), a));
  assert.ok(sameFile(join(dir, "hard.npy"), a));
  assert.ok(!sameFile(join(dir, "copy.npy"), a));
  assert.ok(!sameFile(join(dir, "none.npy"), a));
});

test("checkMemory refuses more than the machine has, naming the flag; formatBytes", () => {
  assert.ok(memoryLimit() > 0 && memoryLimit() <= totalmem());
  checkMemory("--image-size", 1024, "a small thing");
  assert.throws(() => checkMemory("--image-size", 4 * totalmem(), "the decoded images"),
    (e: unknown) => e instanceof InputError && /^--image-size: the decoded images would take at least .* of memory, more than the/.test(e.message));
  assert.equal(formatBytes(512), "512 B");
  assert.equal(formatBytes(1536), "1.5 KiB");
  assert.equal(formatBytes(3 * 2 ** 40), "3.0 TiB");
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
