import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "./errors.js";
import { CONFIG_MAX_BYTES, CONFIG_MAX_KEYS, readConfigData } from "./config-file.js";
import { readConfigFile } from "../trainer/config.js";
import { readStudyConfig } from "../study/study.js";

const dir = mkdtempSync(join(tmpdir(), "nc-config-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const input = (re: RegExp) => (e: unknown) => e instanceof InputError && re.test(e.message);

test("a config with tens of thousands of keys is refused before the YAML parse (train and study configs)", () => {
  // 20k keys fit in the byte limit: only the key count stops them (the parse alone took seconds).
  const many = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join("\n");
  assert.ok(many.length < CONFIG_MAX_BYTES);
  const p = file("many.yaml", many);
  const re = new RegExp(`many\\.yaml: more than ${CONFIG_MAX_KEYS} keys \\(line ${CONFIG_MAX_KEYS + 1}\\)`);
  assert.throws(() => readConfigData(p, { flag: "--config" }), input(re));
  // Nested keys count too (the study's train: {...}).
  const nested = file("nested.yaml", `train:\n${Array.from({ length: 3000 }, (_, i) => `  k${i}: ${i}`).join("\n")}\n`);
  assert.throws(() => readStudyConfig(nested), input(/more than 2000 keys/));
});

test("a config larger than the byte limit is refused by size, naming --config", () => {
  const p = file("big.yaml", `method: vicreg\n# ${"x".repeat(CONFIG_MAX_BYTES)}\n`);
  assert.throws(() => readConfigFile(p), (e: unknown) => e instanceof InputError && e.where === "--config" && /big\.yaml is 256 KiB; the limit for this file is 256 KiB/.test(e.message));
  const json = file("big.json", JSON.stringify({ method: "vicreg", pad: "x".repeat(CONFIG_MAX_BYTES) }));
  assert.throws(() => readConfigFile(json), input(/big\.json is .*; the limit for this file is 256 KiB/));
});

test("an unknown top-level key is reported with its line before the rest of the file is parsed", () => {
  // Line 3 is unknown; line 5 is not valid YAML. The key check comes first.
  const p = file("typo.yaml", "# a comment\nmethod: vicreg\nbatchsize: 64\nlr: 0.1\nloss: [unclosed\n");
  assert.throws(() => readConfigFile(p), input(/typo\.yaml: batchsize: unknown key \(allowed: .*batchSize.*\) on line 3$/));
  const q = file("quoted.yaml", "'method': vicreg\n\"epochs\": 3\n\"nope\": 1\n");
  assert.throws(() => readConfigFile(q), input(/quoted\.yaml: nope: unknown key .* on line 3$/));
  const s = file("study-typo.yaml", "steps: 4\nrun: [a]\n");
  assert.throws(() => readStudyConfig(s), input(/study-typo\.yaml: run: unknown key \(allowed: runs, .*\) on line 2$/));
});

test("valid configs still read: comments, quoted keys, nested loss keys, block scalars, lists, JSON, an empty file", () => {
  const p = file("ok.yaml", [
    "# VICReg on Fashion-MNIST",
    "method: vicreg   # the loss",
    "'epochs': 3",
    "loss:",
    "  simCoeff: 25",
    "  stdCoeff: 25",
    'out: "runs/vicreg: a folder"',
    "ablation: null",
    "",
  ].join("\n"));
  assert.deepEqual(readConfigFile(p), { method: "vicreg", epochs: 3, loss: { simCoeff: 25, stdCoeff: 25 }, out: "runs/vicreg: a folder", ablation: null });
  const study = file("study.yaml", "runs:\n  - barlow-twins\n  - name: mine\n    method: vicreg\n    ablation: null\ntrain:\n  lr: 0.001\n  note: |\n    run: not a key\n");
  assert.deepEqual(readStudyConfig(study), { runs: ["barlow-twins", { name: "mine", method: "vicreg", ablation: null }], train: { lr: 0.001, note: "run: not a key\n" } });
  assert.deepEqual(readConfigFile(file("ok.json", '{"method": "wmse", "seed": 2}')), { method: "wmse", seed: 2 });
  assert.deepEqual(readStudyConfig(file("empty.yaml", "")), {});
  // A long line of spaces is scanned in linear time (no backtracking).
  assert.deepEqual(readConfigFile(file("spaces.yaml", `method: wmse${" ".repeat(200_000)}x\n`)), { method: `wmse${" ".repeat(200_000)}x` });
});

test("a FIFO or /dev/zero as --config is refused at once", () => {
  const fifo = join(dir, "fifo.yaml");
  execFileSync("mkfifo", [fifo]);
  assert.throws(() => readConfigFile(fifo), (e: unknown) => e instanceof InputError && e.where === "--config" && /FIFO/.test(e.message));
  assert.throws(() => readStudyConfig("/dev/zero"), input(/--config: expected a regular file, found a character device/));
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
