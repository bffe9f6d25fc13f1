import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSafetensors, writeSafetensors, inspectSafetensors } from "./safetensors.js";
import { tensor, tidy, arange } from "../index.js";
import { torchRef } from "../../testing/torch-ref.js";

const dir = mkdtempSync(join(tmpdir(), "st-"));

test("round trip, and PyTorch parses our files with struct + json", () => {
  tidy(() => {
    const w = arange(6, "float32").reshape([2, 3]).div(4);
    const b = tensor([1, 2], undefined, "int64");
    const d = tensor([0.1], undefined, "float64");
    writeSafetensors(`${dir}/m.safetensors`, { "layer1.0.weight": w, "layer1.0.bias": b, x: d }, { format: "pt" });
    const back = readSafetensors(`${dir}/m.safetensors`);
    assert.deepEqual([...back.keys()], ["layer1.0.weight", "layer1.0.bias", "x"]);
    assert.deepEqual(back.get("layer1.0.weight")!.toArray(), w.toArray());
    assert.equal(back.get("layer1.0.bias")!.dtype, "int64");
    assert.equal(inspectSafetensors(`${dir}/m.safetensors`).metadata.format, "pt");
    const ref = torchRef<Record<string, number[]>>(
      `import struct
raw = open(inp["path"], "rb").read()
n = struct.unpack("<Q", raw[:8])[0]
hdr = json.loads(raw[8:8 + n])
dt = {"F32": torch.float32, "I64": torch.int64, "F64": torch.float64}
out = {}
for k, v in hdr.items():
    if k == "__metadata__": continue
    b, e = v["data_offsets"]
    t = torch.frombuffer(bytearray(raw[8 + n + b: 8 + n + e]), dtype=dt[v["dtype"]]).reshape(v["shape"])
    out[k] = t.double().flatten().tolist() + [float(x) for x in v["shape"]]
out["pad"] = [(8 + n) % 8]`,
      { path: `${dir}/m.safetensors` },
    );
    assert.deepEqual(ref["layer1.0.weight"], [0, 0.25, 0.5, 0.75, 1, 1.25, 2, 3]);
    assert.deepEqual(ref["layer1.0.bias"], [1, 2, 2]);
    assert.deepEqual(ref.pad, [0], "data starts 8-byte aligned");
  });
});

test("corrupt files: header longer than the file, offsets outside the data, unknown key", () => {
  tidy(() => writeSafetensors(`${dir}/ok.safetensors`, { a: tensor([1, 2, 3]) }));
  const ok = readFileSync(`${dir}/ok.safetensors`);
  const big = Buffer.from(ok);
  big.writeBigUInt64LE(10n ** 9n, 0);
  writeFileSync(`${dir}/big.safetensors`, big);
  assert.throws(() => readSafetensors(`${dir}/big.safetensors`), /header length 1000000000 is larger than the file/);
  const n = Number(ok.readBigUInt64LE(0));
  const hdr = JSON.stringify({ a: { dtype: "F32", shape: [3], data_offsets: [0, 400] } });
  const bad = Buffer.concat([Buffer.alloc(8), Buffer.from(hdr), ok.subarray(8 + n)]);
  bad.writeBigUInt64LE(BigInt(hdr.length), 0);
  writeFileSync(`${dir}/off.safetensors`, bad);
  assert.throws(() => readSafetensors(`${dir}/off.safetensors`), /\[a\]: data_offsets \[0, 400\] fall outside the file's data \(12 bytes\)/);
  assert.throws(() => readSafetensors(`${dir}/ok.safetensors`, ["nope"]), /no tensor named 'nope' \(the file has: a\)/);
  writeFileSync(`${dir}/tiny.safetensors`, "abc");
  assert.throws(() => readSafetensors(`${dir}/tiny.safetensors`), /shorter than the 8-byte header length/);
});

test("shapes that are not sizes, non-string metadata and inherited dtype names are InputErrors", () => {
  const file = (header: unknown, data = new Uint8Array(16)) => {
    const json = Buffer.from(JSON.stringify(header));
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(json.length));
    writeFileSync(`${dir}/h.safetensors`, Buffer.concat([len, json, data]));
    return `${dir}/h.safetensors`;
  };
  // Each shape has 4 elements' worth of bytes (16 for F32), so only the sizes themselves are wrong.
  for (const shape of [[-4, -1], [8, 0.5], ["4"], [4, null]]) {
    assert.throws(() => readSafetensors(file({ a: { dtype: "F32", shape, data_offsets: [0, 16] } })), /\[a\]: shape .* is not a list of sizes/, JSON.stringify(shape));
  }
  assert.throws(() => readSafetensors(file({ a: { dtype: "__proto__", shape: [4], data_offsets: [0, 16] } })), /\[a\]: unsupported dtype "__proto__"/);
  assert.throws(() => readSafetensors(file({ a: 7 })), /\[a\]: header entry is not an object/);
  assert.throws(() => inspectSafetensors(file({ __metadata__: { format: 5 }, a: { dtype: "F32", shape: [4], data_offsets: [0, 16] } })), /\[__metadata__\]: expected an object of string values/);
});
