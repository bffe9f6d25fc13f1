// `eval` checks what it evaluates: the checkpoint is this run's (fingerprint, as --resume), its weights are finite,
// eval.json says which step it evaluated, test labels are training classes, sizes are positive, config.json is a
// regular file. Every refusal is one line and exit 2.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../util/paths.js";
import { tensor, tidy } from "../tensor/index.js";
import { loadCheckpoint, saveCheckpoint } from "./checkpoint.js";
import { idxBytes } from "../testing/idx-file.js";

const BIN = join(PACKAGE_ROOT, "bin", "nocollapse");
const tmp = mkdtempSync(join(tmpdir(), "nc-eval-"));
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 300_000, env: { ...process.env, NOCOLLAPSE_NO_PROGRESS: "1" } });
const DATA = join(tmp, "mnist");
const FAST = ["--dataset", "mnist", "--data-dir", DATA, "--method", "vicreg", "--max-steps", "3", "--batch-size", "16", "--probe-size", "16",
  "--metrics-every", "1", "--threads", "1", "--no-progress"];

/** One line on stderr, exit 2. */
function refused(r: ReturnType<typeof cli>, re: RegExp): void {
  assert.equal(r.signal, null, "no hang");
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, re);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
}

before(() => {
  mkdirSync(DATA);
  // 8×8 textures; label = image index mod 4.
  writeFileSync(join(DATA, "train-images-idx3-ubyte"), idxBytes([64, 8, 8], (i) => ((i * 37) % 251) ^ (Math.floor(i / 64) % 2 ? 255 : 0)));
  writeFileSync(join(DATA, "train-labels-idx1-ubyte"), idxBytes([64], (i) => i % 4));
  writeFileSync(join(DATA, "t10k-images-idx3-ubyte"), idxBytes([32, 8, 8], (i) => (i * 11) % 256));
  writeFileSync(join(DATA, "t10k-labels-idx1-ubyte"), idxBytes([32], (i) => i % 4));
  for (const [name, extra] of [["a", []], ["b", ["--lr", "0.005"]]] as const) {
    const r = cli(["train", ...FAST, ...extra, "--out", join(tmp, name)]);
    assert.equal(r.status, 0, r.stderr);
  }
});

test("eval.json records the step of the checkpoint it evaluated", () => {
  const r = cli(["eval", "--run", join(tmp, "a"), "--json"]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { step: number; trainImages: number };
  const saved = JSON.parse(readFileSync(join(tmp, "a", "eval.json"), "utf8")) as { step: number };
  const ck = JSON.parse(readFileSync(join(tmp, "a", "checkpoint.json"), "utf8")) as { step: number };
  assert.deepEqual([out.step, saved.step, ck.step, out.trainImages], [3, 3, 3, 64]);
  const base = cli(["eval", "--run", join(tmp, "a"), "--baseline", "random", "--json"]);
  assert.equal(base.status, 0, base.stderr);
  assert.equal((JSON.parse(base.stdout) as { step: number }).step, 0);
});

test("eval refuses another run's checkpoint (fingerprint), as --resume does", () => {
  const c = join(tmp, "c");
  cpSync(join(tmp, "a"), c, { recursive: true });
  cpSync(join(tmp, "b", "checkpoint.safetensors"), join(c, "checkpoint.safetensors"));
  refused(cli(["eval", "--run", c]), /^nocollapse: .*c\/checkpoint\.safetensors: was written by a run with another configuration \(fingerprint [0-9a-f]{16}; .*c\/config\.json gives [0-9a-f]{16}\)/);
});

test("eval refuses NaN weights naming the tensor", () => {
  const d = join(tmp, "nan");
  cpSync(join(tmp, "a"), d, { recursive: true });
  const ck = loadCheckpoint(d)!;
  tidy(() => {
    const w = ck.model.get("backbone.conv1.weight")!;
    const x = w.toFloat64Array();
    x[3] = NaN;
    x[7] = Infinity;
    ck.model.set("backbone.conv1.weight", tensor(Float32Array.from(x), w.shape));
    saveCheckpoint(d, ck.model, ck.optim, ck.state);
  });
  refused(cli(["eval", "--run", d]), /^nocollapse: .*nan\/checkpoint\.safetensors \[model\.backbone\.conv1\.weight\]: 2 NaN\/Inf weights \(the run diverged at or before step 3\)/);
});

test("eval refuses test labels outside the training classes", () => {
  const data2 = join(tmp, "mnist2");
  cpSync(DATA, data2, { recursive: true });
  writeFileSync(join(data2, "t10k-labels-idx1-ubyte"), idxBytes([32], (i) => (i === 5 ? 12 : i === 9 ? 15 : i % 4)));
  const d = join(tmp, "labels");
  cpSync(join(tmp, "a"), d, { recursive: true });
  const cfg = JSON.parse(readFileSync(join(d, "config.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(d, "config.json"), JSON.stringify({ ...cfg, dataDir: data2 }));
  refused(cli(["eval", "--run", d]), /^nocollapse: .*mnist2\/t10k-labels-idx1-ubyte: 2 labels are not among the 10 classes 0\.\.9, the first at index 5 \(12\)/);
});

test("eval --train-size 0 / --test-size 0 and a FIFO config.json: one line, exit 2", () => {
  refused(cli(["eval", "--run", join(tmp, "a"), "--train-size", "0"]), /^nocollapse: --train-size: expected a positive integer, got 0$/m);
  refused(cli(["eval", "--run", join(tmp, "a"), "--test-size", "0"]), /^nocollapse: --test-size: expected a positive integer, got 0$/m);
  const f = join(tmp, "fifo");
  mkdirSync(f);
  execFileSync("mkfifo", [join(f, "config.json")]);
  refused(cli(["eval", "--run", f]), /^nocollapse: .*fifo\/config\.json: expected a regular file, found a FIFO/);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));
