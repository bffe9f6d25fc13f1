#!/usr/bin/env node
// Generates src/tensor/ops.generated.ts from the operator schemas registered in the libtorch the addon is built
// against (the tch-rs approach). Deterministic: the same libtorch gives a byte-identical file.
//
// The file is not committed: libtorch 1.13 and 2.6 differ by some 200 operators and by argument types, so set-up
// writes it for the libtorch at hand, and tsc then checks every hand-written call against that libtorch's schemas.
//
//   node scripts/gen-ops.mjs            write the file
//   node scripts/gen-ops.mjs --quiet    write it only when it changed, and say nothing then
//   node scripts/gen-ops.mjs --check    exit 1 if the file differs from what the built addon's libtorch gives
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(root, "src", "tensor", "ops.generated.ts");
const require = createRequire(import.meta.url);
const addon = require(join(root, "native", "build", "Release", "nocollapse.node"));

// Operators left out on purpose, with the reason. Rule-based skips (out= variants, unsupported argument types,
// other namespaces) are applied below and listed in the generated file's header.
const SKIP = [
  // Takes or returns Storage / Stream / Dimname objects the addon does not model.
  "aten::set_.source_Storage",
  "aten::set_.source_Storage_storage_offset",
  "aten::record_stream",
  // Python-only helpers with no meaning in a TypeScript program.
  "aten::_nested_tensor_from_mask_left_aligned",
  "aten::is_pinned",
  "aten::pin_memory",
  "aten::_pin_memory",
];

const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval").split(" "),
);

const TS_TYPE = {
  Tensor: "Tensor",
  "Tensor[]": "Tensor[]",
  "Tensor?[]": "(Tensor | null)[]",
  int: "number",
  "int[]": "number | number[]",
  float: "number",
  "float[]": "number[]",
  bool: "boolean",
  "bool[]": "boolean[]",
  Scalar: "Scalar",
  str: "string",
  ScalarType: "DType",
  Layout: "number",
  Device: "string",
  MemoryFormat: "number",
};

const RETURN = {
  Tensor: ["Tensor", (r) => `wrap(${r})`],
  "Optional[Tensor]": ["Tensor | null", (r) => `wrapOpt(${r})`],
  "List[Tensor]": ["Tensor[]", (r) => `wrapList(${r})`],
  int: ["number", (r) => `${r} as number`],
  SymInt: ["number", (r) => `${r} as number`],
  float: ["number", (r) => `${r} as number`],
  number: ["number", (r) => `${r} as number`],
  bool: ["boolean", (r) => `${r} as boolean`],
  ScalarType: ["DType", (r) => `dtypeName(${r} as number)`],
  "List[int]": ["number[]", (r) => `${r} as number[]`],
};

const ident = (s) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s);
// Parameter names must not shadow the runtime helpers the generated bodies call.
const HELPERS = new Set(["op", "fail", "resolve", "th", "oth", "ths", "oths", "wrap", "wrapOpt", "wrapList", "dt", "dtypeCode", "dtypeName", "r", "e"]);
const paramName = (s) => (RESERVED.has(s) || HELPERS.has(s) ? `${s}_` : s);

const skipped = new Map(); // reason -> names
function skip(reason, name) {
  if (!skipped.has(reason)) skipped.set(reason, []);
  skipped.get(reason).push(name);
}

const schemas = addon
  .schemas()
  .slice()
  .sort((a, b) => (a.name === b.name ? (a.overload < b.overload ? -1 : a.overload > b.overload ? 1 : 0) : a.name < b.name ? -1 : 1));

const out = [];
const seen = new Set();
let count = 0;
for (const s of schemas) {
  const full = s.overload ? `${s.name}.${s.overload}` : s.name;
  if (!s.name.startsWith("aten::")) { skip("not in the aten namespace", full); continue; }
  if (SKIP.includes(full) || SKIP.includes(s.name)) { skip("in SKIP (see scripts/gen-ops.mjs)", full); continue; }
  if (s.args.some((a) => a.mutable && a.kwargOnly)) { skip("out= variant (use the functional form)", full); continue; }
  const bad = s.args.find((a) => a.kind === "unsupported" || (a.kind === "Generator" && !a.optional));
  if (bad) { skip(`argument type not supported (${bad.type})`, full); continue; }
  const rets = s.returns.map((r) => RETURN[r]);
  if (rets.some((r) => !r)) { skip(`return type not supported (${s.returns.join(", ")})`, full); continue; }
  const base = s.name.slice("aten::".length);
  // A reserved word (aten::var) gets the suffix "_op": var_op.
  const fname = s.overload ? `${base}_${s.overload}` : RESERVED.has(base) ? `${base}_op` : base;
  if (!ident(fname) || seen.has(fname)) { skip("name is not a unique identifier", full); continue; }
  seen.add(fname);

  // Parameters: a parameter may be omitted ("?") only when it and every later one have defaults or are optional.
  const params = s.args.filter((a) => a.kind !== "Generator");
  const omittable = params.map((a) => a.hasDefault || a.optional);
  for (let i = omittable.length - 2; i >= 0; i--) omittable[i] = omittable[i] && omittable[i + 1];
  const sig = params.map((a, i) => {
    let t = TS_TYPE[a.kind];
    if (a.optional) t += " | null";
    const p = paramName(a.name);
    if (omittable[i]) return `${p}?: ${t}`;
    if (a.hasDefault || a.optional) return `${p}: ${t} | undefined`;
    return `${p}: ${t}`;
  });
  const conv = s.args.map((a) => {
    const p = paramName(a.name);
    switch (a.kind) {
      case "Tensor": return a.optional ? `oth(${p}, "${a.name}")` : `th(${p}, "${a.name}")`;
      case "Tensor[]": return `ths(${p}, "${a.name}")`;
      case "Tensor?[]": return `oths(${p}, "${a.name}")`;
      case "ScalarType": return a.optional || a.hasDefault ? `dt(${p})` : `dtypeCode(${p})`;
      case "Generator": return "undefined";
      default: return p;
    }
  });
  const names = s.args.map((a) => (a.kind === "Tensor" ? `*${a.name}` : a.name));
  const raw = s.args.map((a) => (a.kind === "Generator" ? "undefined" : paramName(a.name)));
  let retType, body;
  // Positional native call; the catch path (rare) names the arguments and their shapes in the TorchError.
  const r = `op(ID_${fname}${conv.map((c) => `, ${c}`).join("")})`;
  const onError = `catch (e) { throw fail(e, ${JSON.stringify(names)}, [${raw.join(", ")}]); }`;
  const idExpr = `if (ID_${fname} < 0) ID_${fname} = resolve("${s.name}", "${s.overload}")`;
  if (rets.length === 0) {
    retType = "void";
    body = `  try { ${r}; } ${onError}`;
  } else if (rets.length === 1) {
    retType = rets[0][0];
    body = `  try { return ${rets[0][1](r)}; } ${onError}`;
  } else {
    retType = `[${rets.map((x) => x[0]).join(", ")}]`;
    body = `  let r: unknown[];\n  try { r = ${r} as unknown[]; } ${onError}\n  return [${rets.map((x, i) => x[1](`r[${i}]`)).join(", ")}];`;
  }
  out.push(
    `let ID_${fname} = -1;`,
    `/** \`${s.schema.replace(/\*\//g, "* /")}\` */`,
    `export function ${fname}(${sig.join(", ")}): ${retType} {`,
    `  ${idExpr};`,
    body,
    `}`,
    ``,
  );
  count++;
}

const header = [
  `// GENERATED, DO NOT EDIT. Written by scripts/gen-ops.mjs from the operator schemas of libtorch ${addon.version().torch}.`,
  `// ${count} operators. Names: <op>_<overload> (aten::add.Tensor -> add_Tensor, aten::add_.Tensor -> add__Tensor).`,
  `// Hand-written ergonomic methods live in tensor.ts; this file only makes the whole of ATen callable with types.`,
  `//`,
  `// Skipped (by rule or by the SKIP list in the generator):`,
];
for (const reason of [...skipped.keys()].sort()) {
  const names = skipped.get(reason);
  header.push(`//   ${reason}: ${names.length}`);
  if (!reason.startsWith("not in the aten") && !reason.startsWith("out=")) {
    for (const n of names) header.push(`//     ${n}`);
  }
}
header.push(
  `/* eslint-disable */`,
  `import type { Tensor } from "./tensor.js";`,
  `import { dtypeCode, dtypeName, type DType } from "./dtype.js";`,
  `import { op, fail, resolve, th, oth, ths, oths, wrap, wrapOpt, wrapList } from "./runtime.js";`,
  ``,
  `/** A scalar argument: integers stay integral (int tensors keep their dtype), other numbers are doubles. */`,
  `export type Scalar = number | boolean;`,
  `const dt = (d: DType | null | undefined): number | null | undefined => (d === null || d === undefined ? d : dtypeCode(d));`,
  ``,
);
const text = header.join("\n") + "\n" + out.join("\n");

if (process.argv.includes("--check")) {
  const cur = existsSync(OUT) ? readFileSync(OUT, "utf8") : "";
  if (cur !== text) {
    console.error(`${OUT} is not what the generator writes for the libtorch the addon is built with (${addon.version().torch}); run 'npm run build'`);
    process.exit(1);
  }
  console.log(`ops.generated.ts matches the addon's libtorch ${addon.version().torch} (${count} operators)`);
} else if (process.argv.includes("--quiet") && existsSync(OUT) && readFileSync(OUT, "utf8") === text) {
  // up to date: leave the file (and its mtime) alone
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${count} operators, ${[...skipped.values()].reduce((a, b) => a + b.length, 0)} skipped`);
}
