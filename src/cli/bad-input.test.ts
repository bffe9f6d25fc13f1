// CLI bad input: each case exits 2 with one line on stderr naming the flag (no raw libtorch or JS error, no stack),
// and `augment` writes the image format its --out extension names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { PACKAGE_ROOT } from "../util/paths.js";
import { cudaDeviceCount, tensor, tidy, writeNpy } from "../tensor/index.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const dir = mkdtempSync(join(tmpdir(), "nc-badcli-"));
const p = (name: string) => join(dir, name);
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 300_000, env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });

/** Exit 2, one stderr line matching `re`, nothing on stdout. */
function refused(args: string[], re: RegExp): void {
  const r = cli(args);
  assert.equal(r.signal, null, `${args.join(" ")}: no hang`);
  assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `${args.join(" ")}: ${r.stderr}`);
  assert.match(lines[0]!, re, args.join(" "));
}

/** N uint8 images of side×side (1 channel), a pseudo-random texture. */
function images(name: string, n: number, side: number): string {
  tidy(() => writeNpy(p(name), tensor(Uint8Array.from({ length: n * side * side }, (_, k) => (k * 37) % 251), [n, side, side], "uint8")));
  return p(name);
}

const TRAIN = ["train", "--method", "vicreg", "--dataset", "npy", "--max-steps", "2", "--probe-size", "16", "--threads", "1", "--no-progress"];

test("train: 1×1 and 2×2 images, a batch larger than the data, an --image-size beyond memory", async () => {
  for (const side of [1, 2]) {
    const f = images(`tiny${side}.npy`, 32, side);
    refused([...TRAIN, "--images", f, "--batch-size", "16", "--out", p(`run-tiny${side}`)],
      new RegExp(`^nocollapse: --images .*tiny${side}\\.npy: images are ${side}×${side} px; at least 8×8 is needed`));
  }
  refused([...TRAIN, "--images", images("few.npy", 12, 8), "--batch-size", "16", "--out", p("run-few")],
    /^nocollapse: --batch-size: 16 is larger than the 12 training images \(--images .*few\.npy\); use a batch of at most 12$/);
  const root = p("folder");
  for (const cls of ["a", "b"]) {
    mkdirSync(join(root, cls), { recursive: true });
    await sharp(Buffer.alloc(16 * 16 * 3, cls === "a" ? 30 : 200), { raw: { width: 16, height: 16, channels: 3 } }).png().toFile(join(root, cls, "0.png"));
  }
  refused(["train", "--method", "vicreg", "--dataset", "imagefolder", "--data-dir", root, "--image-size", "100000", "--batch-size", "2", "--out", p("run-big")],
    /^nocollapse: --image-size: one batch of 2 × 2 views at 3×100000×100000 .* would take at least .* of memory, more than the/);
});

test("augment: --out picks PNG, JPEG or WebP by extension and refuses others; __proto__ preset, tiny images, huge --scale", async () => {
  const imgs = images("imgs.npy", 16, 12);
  const common = ["augment", "--dataset", "npy", "--images", imgs, "--rows", "2", "--views", "2"];
  for (const [out, format, magic] of [["v.png", "png", "89504e47"], ["v.jpg", "jpeg", "ffd8ff"], ["v.JPEG", "jpeg", "ffd8ff"], ["v.webp", "webp", "52494646"]] as const) {
    const r = cli([...common, "--out", p(out)]);
    assert.equal(r.status, 0, r.stderr);
    const bytes = readFileSync(p(out));
    assert.equal(bytes.subarray(0, magic.length / 2).toString("hex"), magic, out);
    assert.equal((await sharp(bytes).metadata()).format, format, out);
  }
  refused([...common, "--out", p("v.gif")], /^nocollapse: --out: unknown image type '\.gif' in .*v\.gif \(expected \.png, \.jpg, \.jpeg, \.webp\)$/);
  refused([...common, "--out", p("v")], /^nocollapse: --out: unknown image type '\(no extension\)'/);
  for (const preset of ["__proto__", "toString", "constructor"]) {
    refused([...common, "--preset", preset, "--out", p("x.png")], new RegExp(`^nocollapse: --preset: unknown preset '${preset}' \\(expected one of imagenet`));
  }
  refused(["augment", "--dataset", "npy", "--images", images("one.npy", 4, 1), "--out", p("x.png")], /^nocollapse: --images .*one\.npy: images are 1×1 px/);
  refused([...common, "--out", p("x.jpg"), "--scale", "5000"], /^nocollapse: --scale: the grid would be 180000×120000 px, more than the 65535 px a side JPEG allows/);
  refused([...common, "--out", p("x.png"), "--scale", "20000"], /^nocollapse: --scale: a 720000×480000 px grid \(--scale 20000\) would take at least .* of memory/);
  // An output that is the input under another name.
  symlinkSync(imgs, p("imgs-link.png"));
  refused([...common, "--out", p("imgs-link.png")], /^nocollapse: --out: .*imgs-link\.png is the same file as --images .*imgs\.npy/);
});

test("study --concurrency 0 is refused (not clamped to 1)", () => {
  refused(["study", "--smoke", "--concurrency", "0", "--out", p("study")], /^nocollapse: --concurrency: expected a positive integer \(runs at a time\), got 0$/);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test("devices, precision and backend: a malformed or unavailable choice is one line naming the flag", () => {
  const base = ["train", "--method", "vicreg", "--max-steps", "1", "--threads", "1", "--no-progress", "--out", p("run-dev")];
  refused([...base, "--device", "gpu"], /^nocollapse: config: device: expected auto, cpu, cuda or cuda:N$/);
  refused([...base, "--precision", "fp8"], /^nocollapse: config: precision: .*"32"\|"bf16-mixed"\|"16-mixed"/);
  refused([...base, "--backend", "mpi"], /^nocollapse: config: backend: .*"auto"\|"gloo"\|"nccl"/);
  refused([...base, "--precision", "bf16-mixed", "--dtype", "float64"], /^nocollapse: --precision: bf16-mixed .* cannot be combined with --dtype float64$/);
  refused([...base, "--device", "cpu", "--backend", "nccl"], /^nocollapse: --backend: nccl /);
  const gpus = cudaDeviceCount();
  refused([...base, "--device", `cuda:${gpus}`], gpus ? /^nocollapse: --device: 'cuda:\d+' does not exist/ : /^nocollapse: --device: 'cuda:0' is not available: /);
  refused(["eval", "--run", p("run-dev"), "--device", "tpu"], /^nocollapse: --device: expected auto, cpu, cuda or cuda:N, got 'tpu'$/);
  refused(["analyze", p("none.npy"), "--device", "cuda:x"], /^nocollapse: --device: expected auto, cpu, cuda or cuda:N, got 'cuda:x'$/);
});
