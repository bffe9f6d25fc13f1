import { test } from "node:test";
import assert from "node:assert/strict";
import { aten, tensor, tidy, type Tensor } from "../tensor/index.js";
import { dec, enc, maxAbsDiff, torchRef } from "../testing/torch-ref.js";
import { onDevice, testDevices } from "../testing/devices.js";
import {
  adjustBrightness, adjustContrast, adjustHue, adjustSaturation, gaussianBlur, grayscaleWhere, hflip, normalize,
  resizedCrop, rgbToGrayscale, solarize,
} from "./ops.js";

/** Deterministic pseudo-random image batch in [0, 1] (test data, not a kernel). */
function images(n: number, c: number, h: number, w: number, seed = 1): Tensor {
  const a = new Float32Array(n * c * h * w);
  let s = seed;
  for (let i = 0; i < a.length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    a[i] = (s >>> 8) / 16777216;
  }
  return tensor(a, [n, c, h, w], "float32");
}

// One Python call computes every per-image torchvision reference (process start-up dominates the cost).
const FACTORS = { b: [0.6, 1.4, 1.0], c: [0.6, 1.4, 0.0], s: [0.0, 1.8, 0.7], h: [0.1, -0.25, 0.45], sigma: [0.3, 1.0, 2.0] };

for (const device of testDevices()) test(onDevice(device, "colour, blur, solarize, grayscale and resize match torchvision per image"), () => {
  tidy(() => {
    const x = images(3, 3, 9, 11).toDevice(device);
    const g = images(3, 1, 9, 11, 7).toDevice(device);
    const ref = torchRef<Record<string, unknown>>(
      `import torchvision.transforms.functional as F
x, g, f = inp["x"], inp["g"], inp["f"]
out = {}
out["b"] = torch.stack([F.adjust_brightness(x[i], f["b"][i]) for i in range(3)])
out["c"] = torch.stack([F.adjust_contrast(x[i], f["c"][i]) for i in range(3)])
out["cg"] = torch.stack([F.adjust_contrast(g[i], f["c"][i]) for i in range(3)])
out["s"] = torch.stack([F.adjust_saturation(x[i], f["s"][i]) for i in range(3)])
out["h"] = torch.stack([F.adjust_hue(x[i].float(), f["h"][i]).double() for i in range(3)])
out["gray"] = F.rgb_to_grayscale(x, 3)
out["sol"] = F.solarize(x, 0.5)
out["blur"] = torch.stack([F.gaussian_blur(x[i:i+1], [5, 5], [f["sigma"][i]] * 2)[0] for i in range(3)])
out["resize"] = F.resize(x, [16, 7], antialias=False)
out["crop"] = torch.stack([F.resized_crop(x[i], 2, 3, 6, 6, [12, 12], antialias=False) for i in range(3)])`,
      { x: enc(x), g: enc(g), f: FACTORS },
    );
    const close = (name: string, ours: Tensor, tol = 1e-5) => {
      const d = maxAbsDiff(ours, dec(ref[name]));
      assert.ok(d < tol, `${name}: max |diff| ${d}`);
    };
    close("b", adjustBrightness(x, FACTORS.b));
    close("c", adjustContrast(x, FACTORS.c));
    close("cg", adjustContrast(g, FACTORS.c));
    close("s", adjustSaturation(x, FACTORS.s));
    close("h", adjustHue(x, FACTORS.h), 1e-4);
    close("gray", rgbToGrayscale(x, 3));
    close("sol", solarize(x, 0.5));
    close("blur", gaussianBlur(x, FACTORS.sigma, 5), device === "cpu" ? 1e-5 : 2e-3); // a GPU's float32 convolutions use TF32
    // A full-image crop with ratio 1 is a plain resize (bilinear, align_corners=False).
    close("resize", resizedCrop(x, [0, 0, 9, 11, 0, 0, 9, 11, 0, 0, 9, 11], [16, 7]));
    // Upscaling an interior crop: identical except on the crop's outer half-pixel ring (we read real neighbours
    // there, torchvision clamps to the crop), so compare the interior.
    const ours = resizedCrop(x, [2, 3, 6, 6, 2, 3, 6, 6, 2, 3, 6, 6], [12, 12]).slice(2, 1, 11).slice(3, 1, 11);
    const theirs = dec(ref.crop).slice(2, 1, 11).slice(3, 1, 11);
    assert.ok(maxAbsDiff(ours, theirs) < 1e-5);
  });
});

test("hand-computed values: brightness factor, grayscale weights, solarize threshold, normalize", () => {
  tidy(() => {
    const x = tensor([[[[0.2, 0.6]], [[0.4, 0.5]], [[0.1, 0.9]]]]); // [1, 3, 1, 2]
    assert.deepEqual(adjustBrightness(x, [2]).toArray(), tensor([[[[0.4, 1]], [[0.8, 1]], [[0.2, 1]]]]).toArray());
    const gray = rgbToGrayscale(x).toFloat64Array();
    assert.ok(Math.abs(gray[0]! - (0.2989 * 0.2 + 0.587 * 0.4 + 0.114 * 0.1)) < 1e-6);
    assert.ok(Math.abs(gray[1]! - (0.2989 * 0.6 + 0.587 * 0.5 + 0.114 * 0.9)) < 1e-6);
    const s = solarize(x, 0.5).toFloat64Array();
    assert.deepEqual(Array.from(s, (v) => Math.round(v * 10) / 10), [0.2, 0.4, 0.4, 0.5, 0.1, 0.1]);
    const n = normalize(x, [0.1, 0.2, 0.3], [0.5, 0.5, 0.5]).toFloat64Array();
    assert.ok(Math.abs(n[0]! - 0.2) < 1e-6 && Math.abs(n[5]! - 1.2) < 1e-6);
    // Only the masked samples change.
    const two = images(2, 3, 4, 4);
    const gw = grayscaleWhere(two, [0, 1]);
    assert.equal(maxAbsDiff(gw.select(0, 0), two.select(0, 0)), 0);
    assert.equal(maxAbsDiff(gw.select(0, 1), rgbToGrayscale(two, 3).select(0, 1)), 0);
  });
});

test("flip twice is the identity; masked flip touches only its samples; flip via crop equals flip", () => {
  tidy(() => {
    const x = images(4, 3, 5, 6);
    assert.equal(maxAbsDiff(hflip(hflip(x)), x), 0);
    const m = hflip(x, [1, 0, 0, 1]);
    assert.equal(maxAbsDiff(m.select(0, 1), x.select(0, 1)), 0);
    assert.equal(maxAbsDiff(m.select(0, 0), x.select(0, 0).flip([2])), 0);
    const full = Array.from({ length: 4 }, () => [0, 0, 5, 6]).flat();
    assert.ok(maxAbsDiff(resizedCrop(x, full, [5, 6], [1, 1, 1, 1]), x.flip([3])) < 1e-6);
    assert.ok(maxAbsDiff(resizedCrop(x, full, [5, 6]), x) < 1e-6);
  });
});

test("blur of a constant image is itself; blur keeps each sample's own sigma", () => {
  tidy(() => {
    const c = aten.full([2, 3, 8, 8], 0.37, "float32");
    assert.ok(maxAbsDiff(gaussianBlur(c, [0.5, 2], 7), c) < 1e-6);
    const x = images(2, 1, 8, 8);
    const both = gaussianBlur(x, [0.4, 1.7], 5);
    assert.ok(maxAbsDiff(both.select(0, 1), gaussianBlur(x.slice(0, 1, 2), [1.7], 5).select(0, 0)) < 1e-6);
  });
});

test("hue shift by 0 and by a full turn leave the image unchanged; 1-channel images pass through", () => {
  tidy(() => {
    const x = images(2, 3, 4, 4);
    assert.ok(maxAbsDiff(adjustHue(x, [0, 0]), x) < 1e-5);
    const g = images(2, 1, 4, 4);
    assert.equal(maxAbsDiff(adjustHue(g, [0.3, 0.1]), g), 0);
    assert.equal(maxAbsDiff(adjustSaturation(g, [0, 2]), g), 0);
  });
});
