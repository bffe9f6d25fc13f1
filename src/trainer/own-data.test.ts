// Training on your own images: an ImageFolder of PNGs and a .npy array, each trained and evaluated end to end.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { PACKAGE_ROOT } from "../util/paths.js";
import { tensor, writeNpy, tidy } from "../tensor/index.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const tmp = mkdtempSync(join(tmpdir(), "own-"));
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
const FAST = ["--max-steps", "3", "--batch-size", "16", "--probe-size", "16", "--metrics-every", "1", "--threads", "1", "--no-progress", "--json"];

test("ImageFolder: train on root/<class>/*.png, then eval with --json", async () => {
  const root = join(tmp, "shapes");
  // Two classes: bright images with a dark square, dark images with a bright square (48×40 px, varied positions).
  for (const [k, cls] of ["bright", "dark"].entries()) {
    mkdirSync(join(root, cls), { recursive: true });
    for (let i = 0; i < 24; i++) {
      const px = Buffer.alloc(48 * 40 * 3, k === 0 ? 220 : 30);
      for (let y = 5 + (i % 10); y < 20 + (i % 10); y++) for (let x = 5 + i; x < 20 + i; x++) px.fill(k === 0 ? 20 : 240, (y * 48 + x) * 3, (y * 48 + x) * 3 + 3);
      await sharp(px, { raw: { width: 48, height: 40, channels: 3 } }).png().toFile(join(root, cls, `${i}.png`));
    }
  }
  const out = join(tmp, "run-folder");
  const r = run(["train", "--method", "vicreg", "--dataset", "imagefolder", "--data-dir", root, "--image-size", "32", "--out", out, ...FAST]);
  assert.equal(r.status, 0, r.stderr);
  const res = JSON.parse(r.stdout) as { steps: number; diagnosis: { z: string } };
  assert.equal(res.steps, 3);
  const ev = run(["eval", "--run", out, "--json"]);
  assert.equal(ev.status, 0, ev.stderr);
  const acc = JSON.parse(ev.stdout) as { linearTop1: number; knnTop1: number };
  assert.ok(acc.linearTop1 >= 50 && acc.linearTop1 <= 100, `linear ${acc.linearTop1}`);
});

test("npy: train on --images/--labels arrays", () => {
  const imgs = join(tmp, "x.npy");
  const labels = join(tmp, "y.npy");
  tidy(() => {
    const n = 64;
    // Image i (20×20 gray) is a pseudo-random texture, inverted for odd i; its label is i mod 2.
    const data = new Uint8Array(n * 20 * 20).map((_, k) => ((k * 37) % 251) ^ (Math.floor(k / 400) % 2 ? 255 : 0));
    writeNpy(imgs, tensor(data, [n, 20, 20], "uint8"));
    writeNpy(labels, tensor(Array.from({ length: n }, (_, i) => i % 2), undefined, "int64"));
  });
  const r = run(["train", "--method", "barlow-twins", "--dataset", "npy", "--images", imgs, "--labels", labels, "--out", join(tmp, "run-npy"), ...FAST]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { steps: number }).steps, 3);
  const bad = run(["train", "--method", "barlow-twins", "--dataset", "npy", "--images", join(tmp, "missing.npy"), "--out", join(tmp, "run-bad"), ...FAST]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /missing\.npy: file not found/);
});
