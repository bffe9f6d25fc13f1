import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import sharp from "sharp";
import { tensor, tidy } from "../tensor/index.js";
import { writeNpy } from "../tensor/io/npy.js";
import { InputError } from "../util/errors.js";
import { FASHION_MNIST_DIR, loadDataset, loadImageFolder, loadIdxPair, parseIdx } from "./index.js";
import { idxBytes } from "../testing/idx-file.js";

const dir = mkdtempSync(join(tmpdir(), "nc-data-"));
const isInput = (re: RegExp) => (e: unknown) => e instanceof InputError && re.test(e.message);

test("IDX: plain and gzip MNIST-layout folders; pixels and labels land where they belong", async () => {
  const d = join(dir, "mnist");
  mkdirSync(d);
  writeFileSync(join(d, "train-images-idx3-ubyte.gz"), gzipSync(idxBytes([5, 3, 4], (i) => i)));
  writeFileSync(join(d, "train-labels-idx1-ubyte"), idxBytes([5], (i) => (i * 3) % 10));
  writeFileSync(join(d, "t10k-images-idx3-ubyte"), idxBytes([2, 3, 4], (i) => 255 - i));
  writeFileSync(join(d, "t10k-labels-idx1-ubyte.gz"), gzipSync(idxBytes([2], () => 9)));
  const { train, test: t } = await loadDataset("mnist", { dataDir: d });
  assert.equal(train.length, 5);
  assert.deepEqual([train.channels, train.height, train.width, train.numClasses], [1, 3, 4, 10]);
  assert.deepEqual(Array.from(train.labels), [0, 3, 6, 9, 2]);
  tidy(() => {
    const b = train.batch([2]);
    assert.deepEqual(b.shape, [1, 1, 3, 4]);
    assert.equal(b.toFloat64Array()[0], 24);
    assert.deepEqual(Array.from(train.labelTensor([4, 1]).data() as BigInt64Array), [2n, 3n]);
    assert.deepEqual(train.images.shape, [5, 1, 3, 4]);
  });
  assert.equal(t!.length, 2);
});

test("IDX errors: missing dir/file, wrong magic, truncated, count mismatch, corrupt gzip", async () => {
  await assert.rejects(loadDataset("mnist", { dataDir: join(dir, "nope") }), isInput(/directory not found: .*nope/));
  await assert.rejects(loadDataset("mnist"), isInput(/needs --data-dir/));
  const d = join(dir, "bad");
  mkdirSync(d);
  await assert.rejects(loadDataset("mnist", { dataDir: d }), isInput(/looked for .*train-images-idx3-ubyte and .*train-images-idx3-ubyte\.gz/));
  const wrong = idxBytes([2], () => 1);
  wrong[2] = 0x0d;
  assert.throws(() => parseIdx(wrong, "x.idx"), isInput(/x\.idx: wrong IDX magic: got bytes 00 00 0d 01/));
  const full = idxBytes([4, 2, 2], () => 7);
  assert.throws(() => parseIdx(full.subarray(0, full.length - 3), "t.idx"), isInput(/truncated file: sizes \[4, 2, 2\] need 32 bytes, got 29/));
  assert.throws(() => parseIdx(gzipSync(full).subarray(0, 20), "g.gz"), isInput(/g\.gz: corrupt or truncated gzip/));
  writeFileSync(join(d, "i"), idxBytes([3, 2, 2], () => 0));
  writeFileSync(join(d, "l"), idxBytes([4], () => 0));
  assert.throws(() => loadIdxPair(join(d, "i"), join(d, "l"), { name: "x", split: "train" }), isInput(/label\/image count mismatch: 4 labels .* 3 images/));
});

test("Fashion-MNIST from Debian's package, when installed", { skip: !existsSync(FASHION_MNIST_DIR) }, async () => {
  const { train, test: t } = await loadDataset("fashion-mnist");
  assert.deepEqual([train.length, t!.length, train.channels, train.height, train.width, train.numClasses], [60000, 10000, 1, 28, 28, 10]);
  assert.equal(train.classNames![9], "Ankle boot");
});

function cifarRecords(n: number, labelBytes: number, label: (i: number) => number[]): Buffer {
  const rec = labelBytes + 3072;
  const b = Buffer.alloc(n * rec);
  for (let i = 0; i < n; i++) {
    label(i).forEach((l, k) => (b[i * rec + k] = l));
    b.fill(i + 1, i * rec + labelBytes, i * rec + labelBytes + 1024); // red plane
    b.fill(100, i * rec + labelBytes + 1024, (i + 1) * rec); // green, blue
  }
  return b;
}

test("CIFAR-10 and CIFAR-100 binary batches, fine and coarse labels, truncation", async () => {
  const c10 = join(dir, "c10", "cifar-10-batches-bin");
  mkdirSync(c10, { recursive: true });
  for (let k = 1; k <= 5; k++) writeFileSync(join(c10, `data_batch_${k}.bin`), cifarRecords(2, 1, (i) => [k + i]));
  writeFileSync(join(c10, "test_batch.bin"), cifarRecords(3, 1, () => [4]));
  writeFileSync(join(c10, "batches.meta.txt"), "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n");
  const { train, test: t } = await loadDataset("cifar10", { dataDir: join(dir, "c10") });
  assert.deepEqual([train.length, t!.length, train.channels, train.numClasses], [10, 3, 3, 10]);
  assert.deepEqual(Array.from(train.labels.subarray(0, 4)), [1, 2, 2, 3]);
  assert.equal(train.classNames![3], "cat");
  tidy(() => {
    const px = train.batch([1]).toFloat64Array();
    assert.deepEqual([px[0], px[1023], px[1024], px[3071]], [2, 2, 100, 100], "R plane first, then G and B");
  });
  const c100 = join(dir, "c100");
  mkdirSync(c100);
  writeFileSync(join(c100, "train.bin"), cifarRecords(4, 2, (i) => [i, 50 + i]));
  writeFileSync(join(c100, "test.bin"), cifarRecords(1, 2, () => [3, 77]).subarray(0, 3000));
  await assert.rejects(loadDataset("cifar100", { dataDir: c100 }), isInput(/test\.bin: truncated file: expected a multiple of 3074-byte records \(3074 bytes\), got 3000/));
  writeFileSync(join(c100, "test.bin"), cifarRecords(1, 2, () => [3, 77]));
  const fine = await loadDataset("cifar100", { dataDir: c100 });
  const coarse = await loadDataset("cifar100", { dataDir: c100, cifar100Labels: "coarse" });
  assert.deepEqual(Array.from(fine.train.labels), [50, 51, 52, 53]);
  assert.deepEqual(Array.from(coarse.train.labels), [0, 1, 2, 3]);
  assert.equal(coarse.train.numClasses, 20);
  await assert.rejects(loadDataset("cifar10", { dataDir: c100 }), isInput(/looked for .*test_batch\.bin/));
});

test(".npy images: N×H×W uint8, N×H×W×C float, labels, count mismatch", async () => {
  tidy(() => {
    writeNpy(join(dir, "a.npy"), tensor(Uint8Array.from({ length: 4 * 5 * 6 }, (_, i) => i), [4, 5, 6], "uint8"));
    writeNpy(join(dir, "al.npy"), tensor([0, 1, 2, 1], [4], "int64"));
    writeNpy(join(dir, "f.npy"), tensor(Float32Array.from({ length: 2 * 3 * 3 * 3 }, (_, i) => (i % 3) / 2), [2, 3, 3, 3]));
    writeNpy(join(dir, "fl.npy"), tensor([0, 1, 2], [3], "int64"));
  });
  const { train, test: t } = await loadDataset("npy", { images: join(dir, "a.npy"), labels: join(dir, "al.npy"), testImages: join(dir, "f.npy") });
  assert.deepEqual([train.length, train.channels, train.height, train.width, train.numClasses], [4, 1, 5, 6, 3]);
  assert.deepEqual([t!.channels, t!.height], [3, 3]);
  tidy(() => {
    const px = t!.batch([0]).toFloat64Array(); // channels-last 0, 0.5, 1 → planes of 0, 128, 255
    assert.deepEqual([px[0], px[9], px[18]], [0, 128, 255]);
  });
  await assert.rejects(loadDataset("npy", { images: join(dir, "f.npy"), labels: join(dir, "fl.npy") }), isInput(/count mismatch: 3 labels .* 2 images/));
  await assert.rejects(loadDataset("npy", { images: join(dir, "missing.npy") }), isInput(/missing\.npy: file not found/));
});

test("ImageFolder: decode + resize with sharp, cache, unreadable file (fail or skip), empty class", async () => {
  const root = join(dir, "folder");
  for (const [cls, color] of [["cat", { r: 255, g: 0, b: 0 }], ["dog", { r: 0, g: 0, b: 255 }]] as const) {
    mkdirSync(join(root, cls), { recursive: true });
    for (let k = 0; k < 2; k++) {
      await sharp({ create: { width: 20 + k, height: 12, channels: 3, background: color } }).png().toFile(join(root, cls, `${k}.png`));
    }
  }
  await sharp({ create: { width: 9, height: 9, channels: 4, background: { r: 0, g: 255, b: 0, alpha: 1 } } }).webp().toFile(join(root, "dog", "x.webp"));
  const ds = await loadImageFolder(root, { size: 8, cache: join(dir, "cache.npy") });
  assert.deepEqual([ds.length, ds.channels, ds.height, ds.numClasses], [5, 3, 8, 2]);
  assert.deepEqual(ds.classNames, ["cat", "dog"]);
  assert.deepEqual(Array.from(ds.labels), [0, 0, 1, 1, 1]);
  tidy(() => {
    const px = ds.batch([0, 2]).toFloat64Array(); // [2, 3, 8, 8]
    assert.deepEqual([px[0], px[64], px[128]], [255, 0, 0]);
    assert.deepEqual([px[192], px[256], px[320]], [0, 0, 255]);
  });
  assert.ok(existsSync(join(dir, "cache.npy")) && existsSync(join(dir, "cache.npy.json")));
  const cached = await loadImageFolder(root, { size: 8, cache: join(dir, "cache.npy") });
  assert.deepEqual(Array.from(cached.pixels), Array.from(ds.pixels));

  writeFileSync(join(root, "cat", "broken.jpg"), "not a jpeg at all");
  await assert.rejects(loadImageFolder(root, { size: 8 }), isInput(/broken\.jpg: unreadable image/));
  const skipped: string[] = [];
  const ok = await loadImageFolder(root, { size: 8, onError: "skip", onSkip: (f) => skipped.push(f) });
  assert.equal(ok.length, 5);
  assert.ok(skipped[0]!.endsWith("broken.jpg"));
  mkdirSync(join(root, "empty"));
  await assert.rejects(loadImageFolder(root, { size: 8 }), isInput(/empty class folder: .* class 'empty'/));
  await assert.rejects(loadDataset("imagefolder", { dataDir: join(dir, "nofolder") }), isInput(/directory not found/));
});
