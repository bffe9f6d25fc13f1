/**
 * Parameter initialisers, as `torch.nn.init`. All fill a tensor in place without recording autograd history, using
 * libtorch's seeded generator (`manualSeed`).
 */
import { aten, noGrad, type Tensor } from "../tensor/index.js";

/** fan_in and fan_out of a Linear ([out, in]) or Conv ([out, in, kh, kw]) weight, as torch's `_calculate_fan_in_and_fan_out`. */
export function fans(w: Tensor): { fanIn: number; fanOut: number } {
  const s = w.shape;
  if (s.length < 2) throw new Error(`fans(): need at least 2 dims, got [${s.join(", ")}]`);
  const receptive = s.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: s[1]! * receptive, fanOut: s[0]! * receptive };
}

/** Fills `t` with U(low, high). */
export function uniform_(t: Tensor, low: number, high: number): Tensor {
  noGrad(() => aten.uniform_(t, low, high).dispose());
  return t;
}

/** Fills `t` with N(mean, std²). */
export function normal_(t: Tensor, mean: number, std: number): Tensor {
  noGrad(() => aten.normal_(t, mean, std).dispose());
  return t;
}

export function constant_(t: Tensor, v: number): Tensor {
  noGrad(() => t.fill_(v));
  return t;
}

/**
 * Kaiming/He uniform, as `nn.init.kaiming_uniform_(w, a)` with leaky-relu gain √(2 / (1 + a²)) and fan_in mode:
 * bound = gain · √(3 / fan_in). With a = √5 (PyTorch's Linear/Conv default) the bound is exactly 1/√fan_in.
 */
export function kaimingUniform_(w: Tensor, a = Math.sqrt(5)): Tensor {
  const gain = Math.sqrt(2 / (1 + a * a));
  const bound = gain * Math.sqrt(3 / fans(w).fanIn);
  return uniform_(w, -bound, bound);
}

/**
 * Kaiming/He normal for ReLU nets, as `nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")`
 * (torchvision's ResNet conv init): std = √2 / √fan.
 */
export function kaimingNormal_(w: Tensor, mode: "fan_in" | "fan_out" = "fan_out"): Tensor {
  const f = fans(w);
  const fan = mode === "fan_in" ? f.fanIn : f.fanOut;
  return normal_(w, 0, Math.SQRT2 / Math.sqrt(fan));
}
