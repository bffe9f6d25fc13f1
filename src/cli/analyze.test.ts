import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./main.js";
import { manualSeed, ones, randn, tensor, tidy, writeNpy, writeSafetensors, zeros } from "../tensor/index.js";

const BIN = fileURLToPath(new URL("../../bin/nocollapse", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "analyze-cli-"));
const p = (name: string) => join(dir, name);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "analyze", ...args], { encoding: "utf8", env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

manualSeed(11);
tidy(() => {
  writeNpy(p("healthy.npy"), randn([600, 32]));
  writeNpy(p("healthy2.npy"), randn([600, 32]));
  writeNpy(p("lowrank.npy"), randn([600, 4]).mm(randn([4, 32])));
  writeNpy(p("same.npy"), ones([600, 1]).mm(randn([1, 32])).add(randn([600, 32]).mul(1e-7)));
  writeNpy(p("f64.npy"), randn([50, 8], "float64"));
  writeNpy(p("views.npy"), randn([100, 1, 16]).add(randn([100, 3, 16]).mul(0.1)));
  writeNpy(p("1d.npy"), randn([10]));
  writeNpy(p("n1.npy"), randn([1, 8]));
  writeNpy(p("i32.npy"), zeros([4, 4], "int32"));
  writeNpy(p("short.npy"), randn([20, 8]));
  writeNpy(p("other-shape.npy"), randn([600, 16]));
  writeNpy(p("nan.npy"), tensor([[1, 2, 3], [4, 5, NaN], [Infinity, 1, 2]]));
  writeSafetensors(p("one.safetensors"), { emb: randn([300, 16]), bias: randn([16]) });
  writeSafetensors(p("two.safetensors"), { h: randn([300, 16]), z: randn([300, 8]) });
});
const short = readFileSync(p("short.npy"));
writeFileSync(p("short.npy"), short.subarray(0, short.length - 100));
writeFileSync(p("magic.npy"), "this is not numpy at all, just text\n");
writeFileSync(p("emb.txt"), "1 2\n3 4\n");
writeFileSync(p("ok.csv"), "a,b,c\n1,2,3\n2,4,7\n0,1,5\n9,1,1\n");
writeFileSync(p("cell.csv"), "1,2,3\n4,oops,6\n");
writeFileSync(p("ragged.tsv"), "1\t2\t3\n4\t5\n");
{
  // safetensors whose header claims more bytes than the file has, and one whose offsets leave the data.
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(10_000n);
  writeFileSync(p("hdr.safetensors"), Buffer.concat([len, Buffer.from('{"a":1}')]));
  const json = Buffer.from(JSON.stringify({ x: { dtype: "F32", shape: [4, 4], data_offsets: [0, 64] } }));
  const l2 = Buffer.alloc(8);
  l2.writeBigUInt64LE(BigInt(json.length));
  writeFileSync(p("off.safetensors"), Buffer.concat([l2, json, Buffer.alloc(16)]));
}

/** Runs the CLI in this process (same code path as bin/nocollapse), capturing stdout and stderr. */
async function cliInProcess(...args: string[]) {
  let out = "";
  let err = "";
  const [ow, ew] = [process.stdout.write, process.stderr.write];
  // Only strings are the CLI's output: the test runner's own (binary) reporting frames pass through untouched.
  process.stdout.write = ((s: string | Uint8Array, ...rest: unknown[]) =>
    typeof s === "string" ? ((out += s), true) : (ow as (...a: unknown[]) => boolean).call(process.stdout, s, ...rest)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array, ...rest: unknown[]) =>
    typeof s === "string" ? ((err += s), true) : (ew as (...a: unknown[]) => boolean).call(process.stderr, s, ...rest)) as typeof process.stderr.write;
  try {
    const code = await run(["node", "nocollapse", "analyze", ...args]);
    return { code, out, err };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
    process.exitCode = undefined;
  }
}

const FIELDS = ["n", "dim", "spectrum", "effectiveRank", "entropy", "logDet", "avgCorrelation", "avgCorrelationSigned",
  "collapsedDims", "deadDims", "stdL2Normalized", "alphaReQ", "diagnosis", "explanation"];

test("--json prints exactly one JSON object with the contract fields, and the right diagnosis", () => {
  for (const [file, want] of [["healthy.npy", "healthy"], ["lowrank.npy", "dimensional-collapse"], ["same.npy", "total-collapse"]] as const) {
    const r = cli(p(file), "--json");
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split("\n").length, 1);
    const j = JSON.parse(r.out) as Record<string, unknown>;
    for (const f of FIELDS) assert.ok(f in j, `missing ${f}`);
    assert.equal(j.diagnosis, want, String(j.explanation));
    assert.equal((j.spectrum as number[]).length, 32);
    assert.equal(j.n, 600);
  }
});

test("--pair adds pair metrics; --views adds LiDAR; csv, float64 npy and safetensors (--key) are read", async () => {
  const pair = JSON.parse((await cliInProcess(p("healthy.npy"), "--pair", p("healthy2.npy"), "--json")).out) as { pair: Record<string, number> };
  for (const f of ["alignment", "uniformity", "crossCorrelationDiagonal", "crossCorrelationOffDiagonal", "energyGap"]) assert.equal(typeof pair.pair[f], "number");
  const views = JSON.parse((await cliInProcess(p("views.npy"), "--views", "--json")).out) as { lidar: number; n: number; views: number };
  assert.deepEqual([views.n, views.views], [300, 3]);
  assert.ok(views.lidar > 5);
  const csv = JSON.parse((await cliInProcess(p("ok.csv"), "--json")).out) as { n: number; dim: number };
  assert.deepEqual([csv.n, csv.dim], [4, 3]);
  assert.equal(JSON.parse((await cliInProcess(p("f64.npy"), "--json")).out).dim, 8);
  assert.equal(JSON.parse((await cliInProcess(p("one.safetensors"), "--json")).out).dim, 16);
  assert.equal(JSON.parse((await cliInProcess(p("two.safetensors"), "--key", "z", "--json")).out).dim, 8);
});

test("without --json: a table, the diagnosis in words, a sparkline; --out writes svg, png and offline html", () => {
  const out = join(dir, "out");
  const r = cli(p("lowrank.npy"), "--out", out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /effective rank \(RankMe\)/);
  assert.match(r.out, /DIMENSIONAL-COLLAPSE: 28 of 32 dimensions/);
  assert.match(r.out, /log-spectrum +[▁▂▃▄▅▆▇█]+/);
  assert.match(readFileSync(join(out, "spectrum.svg"), "utf8"), /^<svg/);
  assert.deepEqual([...readFileSync(join(out, "spectrum.png")).subarray(1, 4)], [...Buffer.from("PNG")]);
  const html = readFileSync(join(out, "report.html"), "utf8");
  assert.match(html, /<svg/);
  assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3\.org|vega\.github\.io)/);
  assert.ok(existsSync(join(out, "spectrum.png")));
});

test("bad input: one line naming the file/field, exit code 2, no stack trace", async () => {
  const cases: [string[], RegExp][] = [
    [[p("missing.npy")], /missing\.npy: file not found/],
    [[p("emb.txt")], /emb\.txt: unsupported file type '\.txt' \(expected \.npy, \.safetensors, \.csv, \.tsv\)/],
    [[p("magic.npy")], /magic\.npy: not a \.npy file/],
    [[p("short.npy")], /short\.npy: truncated \.npy/],
    [[p("i32.npy")], /i32\.npy: unsupported dtype int32 \(expected float32 or float64\)/],
    [[p("1d.npy")], /1d\.npy: expected a 2-D array N×D .* got 1-D \[10\]/],
    [[p("views.npy")], /views\.npy: 3-D array \[100, 3, 16\]: pass --views/],
    [[p("healthy.npy"), "--views"], /healthy\.npy: --views expects a 3-D array/],
    [[p("n1.npy")], /n1\.npy: need at least 2 rows \(N ≥ 2\), got N = 1/],
    [[p("nan.npy")], /nan\.npy: 2 NaN\/Inf values, the first at row 1, column 2/],
    [[p("cell.csv")], /cell\.csv:2:2: non-numeric cell 'oops'/],
    [[p("ragged.tsv")], /ragged\.tsv:2: ragged row: 2 fields, expected 3/],
    [[p("hdr.safetensors")], /hdr\.safetensors: safetensors header length 10000 is larger than the file/],
    [[p("off.safetensors")], /off\.safetensors \[x\]: data_offsets \[0, 64\] fall outside the file's data/],
    [[p("one.safetensors"), "--key", "nope"], /--key nope: no tensor named 'nope' .*the file has: emb \[300, 16\], bias \[16\]/],
    [[p("two.safetensors")], /two\.safetensors: 2 2-D tensors; pick one with --key \(the file has: h \[300, 16\], z \[300, 8\]\)/],
    [[p("healthy.npy"), "--pair", p("other-shape.npy")], /other-shape\.npy: shape \[600, 16\] differs from .*healthy\.npy \[600, 32\]/],
    [[p("healthy.npy"), "--chunk-rows", "0"], /--chunk-rows: expected a positive integer/],
  ];
  // Every case through the CLI's entry in-process (fast); the subprocess path is checked below and in the tests above.
  for (const [args, want] of cases) {
    const r = await cliInProcess(...args, "--json");
    assert.equal(r.code, 2, `${args.join(" ")}: exit ${r.code}\n${r.err}`);
    assert.equal(r.out, "", `${args.join(" ")} printed on stdout`);
    const lines = r.err.trim().split("\n");
    assert.equal(lines.length, 1, `${args.join(" ")}: ${r.err}`);
    assert.match(lines[0]!, want);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
  const sub = cli(p("short.npy"), "--json");
  assert.equal(sub.code, 2);
  assert.equal(sub.err.trim().split("\n").length, 1);
  assert.match(sub.err, /^nocollapse: .*short\.npy: truncated \.npy/);
  const v = cli(p("nan.npy"), "--verbose");
  assert.equal(v.code, 2);
  assert.match(v.err, /\n\s+at /); // --verbose adds the stack
});

test("sizes are checked against memory up front: N×10⁷ embeddings and a 600 MiB CSV are refused in one line", async () => {
  const { closeSync, ftruncateSync, openSync, writeSync, rmSync } = await import("node:fs");
  // Sparse files: the header says [4, 10⁷] float32 and the bytes are there, but take no disk space.
  const head = Buffer.from("\x93NUMPY\x01\x00" + "\x76\x00" + "{'descr': '<f4', 'fortran_order': False, 'shape': (4, 10000000), }".padEnd(117, " ") + "\n", "latin1");
  const wide = p("wide.npy");
  let fd = openSync(wide, "w");
  writeSync(fd, head);
  ftruncateSync(fd, head.length + 4 * 1e7 * 4);
  closeSync(fd);
  const csv = p("huge.csv");
  fd = openSync(csv, "w");
  ftruncateSync(fd, 600 * 2 ** 20);
  closeSync(fd);
  for (const [file, want] of [
    [wide, /wide\.npy: analysing 4×10000000 \(D = 10000000: 4 D×D float64 matrices of 728 TiB each\) would take at least .* of memory, more than the/],
    [csv, /huge\.csv: 600 MiB of text; CSV\/TSV files up to 500 MiB are read \(save larger embeddings as \.npy/],
  ] as const) {
    const r = await cliInProcess(file, "--json");
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err.trim().split("\n").length, 1, r.err);
    assert.match(r.err, want);
  }
  rmSync(wide);
  rmSync(csv);
});
