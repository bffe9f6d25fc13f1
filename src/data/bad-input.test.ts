// Bad data files are refused in one line naming the file, with the count and the first offending index: pixels that
// are not pixels, labels that are not classes, an ImageFolder cache sidecar that is not a regular file, image sizes
// that cannot fit in memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { tensor, tidy } from "../tensor/index.js";
import { writeNpy } from "../tensor/io/npy.js";
import { InputError } from "../util/errors.js";
import { loadDataset, loadImageFolder, loadNpyImages } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "nc-baddata-"));
const p = (name: string) => join(dir, name);
const input = (re: RegExp) => (e: unknown) => e instanceof InputError && re.test(e.message);

/** A float32 [4, 3, 3] image array of 0.5 with `bad` written at flat positions. */
function floatImages(name: string, bad: Record<number, number>): string {
  const x = new Float32Array(4 * 3 * 3).fill(0.5);
  for (const [i, v] of Object.entries(bad)) x[Number(i)] = v;
  tidy(() => writeNpy(p(name), tensor(x, [4, 3, 3])));
  return p(name);
}

test("NaN, Inf, negative and >255 pixels are refused with the count and the first index (not clamped to 0)", () => {
  // Flat index 13 of [4, 3, 3] is image 1, row 1, column 1.
  assert.throws(() => loadNpyImages(floatImages("nan.npy", { 13: NaN, 30: NaN })),
    input(/nan\.npy: 2 pixel values are NaN, Inf or outside 0\.\.255, the first at index \[1, 1, 1\] \(NaN\)/));
  assert.throws(() => loadNpyImages(floatImages("inf.npy", { 35: -Infinity })), input(/inf\.npy: 1 pixel value is .* the first at index \[3, 2, 2\] \(-Infinity\)/));
  assert.throws(() => loadNpyImages(floatImages("neg.npy", { 5: -0.25, 7: 3 })), input(/neg\.npy: 1 pixel value is .* the first at index \[0, 1, 2\] \(-0\.25\)/));
  assert.throws(() => loadNpyImages(floatImages("big.npy", { 0: 256 })), input(/big\.npy: 1 pixel value .* index \[0, 0, 0\] \(256\)/));
  tidy(() => writeNpy(p("int.npy"), tensor(Int16Array.from({ length: 2 * 2 * 2 * 3 }, (_, i) => (i === 17 ? -3 : i)), [2, 2, 2, 3], "int16")));
  // Channels-last [2, 2, 2, 3]: the index is in the file's own layout.
  assert.throws(() => loadNpyImages(p("int.npy")), input(/int\.npy: 1 pixel value .* the first at index \[1, 0, 1, 2\] \(-3\)/));
  // Good values still load, scaled from [0, 1].
  const ok = loadNpyImages(floatImages("ok.npy", { 0: 1, 1: 0 }));
  assert.deepEqual([ok.length, ok.pixels[0], ok.pixels[1], ok.pixels[2]], [4, 255, 0, 128]);
});

test("fractional, NaN, negative labels and test labels outside the training classes are refused", async () => {
  const imgs = p("imgs.npy");
  tidy(() => writeNpy(imgs, tensor(new Uint8Array(6 * 8 * 8).fill(9), [6, 8, 8], "uint8")));
  const labels = (name: string, v: number[], dtype: "float64" | "int64" = "float64") => {
    tidy(() => writeNpy(p(name), tensor(v, undefined, dtype)));
    return p(name);
  };
  assert.throws(() => loadNpyImages(imgs, labels("frac.npy", [0, 1, 1.5, 2, 2.7, 0])),
    input(/frac\.npy: 2 labels are not whole numbers \(labels are class indices 0, 1, 2, \.\.\.\), the first at index 2 \(1\.5\)/));
  assert.throws(() => loadNpyImages(imgs, labels("nanl.npy", [0, 1, 2, 0, NaN, 1])), input(/nanl\.npy: 1 label is not whole numbers.*index 4 \(NaN\)/));
  assert.throws(() => loadNpyImages(imgs, labels("negl.npy", [0, -1, 2, 0, 1, 1], "int64")), input(/negl\.npy: 1 label is negative .* index 1 \(-1\)/));
  assert.throws(() => loadNpyImages(imgs, labels("huge.npy", [0, 1, 2, 0, 2 ** 33, 1], "int64")), input(/huge\.npy: 1 label is 1000000 or more/));
  // Whole-valued float labels are fine.
  assert.deepEqual(Array.from(loadNpyImages(imgs, labels("whole.npy", [0, 1, 2, 0, 1, 2])).labels), [0, 1, 2, 0, 1, 2]);
  // A test split whose labels name a class the training split does not have.
  const testLab = labels("test-lab.npy", [0, 1, 5, 2, 7, 1], "int64");
  await assert.rejects(loadDataset("npy", { images: imgs, labels: p("whole.npy"), testImages: imgs, testLabels: testLab }),
    input(/test-lab\.npy: 2 labels are not among the 3 training classes 0\.\.2, the first at index 2 \(5\)/));
});

async function imageFolder(root: string): Promise<void> {
  for (const cls of ["a", "b"]) {
    mkdirSync(join(root, cls), { recursive: true });
    for (let i = 0; i < 3; i++) {
      await sharp(Buffer.alloc(12 * 12 * 3, cls === "a" ? 40 + i : 200 - i), { raw: { width: 12, height: 12, channels: 3 } }).png().toFile(join(root, cls, `${i}.png`));
    }
  }
}

test("ImageFolder cache sidecar: a FIFO is refused at once; a corrupt or mismatched cache is rebuilt", async () => {
  const root = p("folder");
  await imageFolder(root);
  const cache = p("cache.npy");
  const first = await loadImageFolder(root, { size: 8, cache });
  assert.ok(existsSync(`${cache}.json`));
  // Corrupt sidecar (not JSON, then JSON of the wrong shape): decoded again, and the sidecar rewritten.
  for (const junk of ["{not json", JSON.stringify({ root: 1, classes: "a" })]) {
    writeFileSync(`${cache}.json`, junk);
    const again = await loadImageFolder(root, { size: 8, cache });
    assert.deepEqual(again.pixels, first.pixels);
    assert.equal((JSON.parse(readFileSync(`${cache}.json`, "utf8")) as { size: number }).size, 8);
  }
  // A cache array of the wrong shape under a matching sidecar: decoded again.
  tidy(() => writeNpy(cache, tensor(new Uint8Array(5 * 3 * 8 * 8), [5, 3, 8, 8], "uint8")));
  const rebuilt = await loadImageFolder(root, { size: 8, cache });
  assert.deepEqual(rebuilt.pixels, first.pixels);
  // A FIFO in place of the sidecar: refused without waiting for a writer.
  rmSync(`${cache}.json`);
  execFileSync("mkfifo", [`${cache}.json`]);
  await assert.rejects(loadImageFolder(root, { size: 8, cache }), input(/cache\.npy\.json \(ImageFolder cache sidecar\): expected a regular file, found a FIFO/));
});

test("ImageFolder train/ and val/ with different class folders are refused (a label would name another class)", async () => {
  const root = p("splits");
  await imageFolder(join(root, "train"));
  await imageFolder(join(root, "val"));
  mkdirSync(join(root, "val", "c"));
  await sharp(Buffer.alloc(12 * 12 * 3, 5), { raw: { width: 12, height: 12, channels: 3 } }).png().toFile(join(root, "val", "c", "0.png"));
  await assert.rejects(loadDataset("imagefolder", { dataDir: root, size: 8 }), input(/val: class folders \[a, b, c\] differ from .*train's \[a, b\]/));
});

test("an ImageFolder size that cannot fit in memory is refused naming --image-size, before decoding", async () => {
  const root = p("folder");
  const side = Math.ceil(Math.sqrt(totalmem() / 6)) + 1; // 6 images × 3 channels × 3 copies > memory
  await assert.rejects(loadImageFolder(root, { size: side }),
    (e: unknown) => e instanceof InputError && e.where === "--image-size" && new RegExp(`6 images decoded at 3×${side}×${side} .* more than the`).test(e.message));
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
