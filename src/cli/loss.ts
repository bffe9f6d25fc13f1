/**
 * `nocollapse loss --method <name> --z1 A.npy --z2 B.npy [--grad OUT.npy] [--json] [method flags]`: one loss on two
 * embedding files, in their dtype (float64 in → float64 math). `--grad` writes d loss / d z1 with z1's shape and
 * dtype. Bad input (missing or unreadable file, shape / dtype mismatch, N < 2, NaN / Inf, unknown method, bad or
 * inapplicable flag) throws an {@link InputError} naming the flag: one line, exit 2.
 *
 * The command is a thin layer over {@link computeLossFromFiles}, which the tests and scripts can call directly.
 */
import type { Command } from "commander";
import { noGrad, readNpy, tidy, writeNpy, type Tensor } from "../tensor/index.js";
import { InputError } from "../util/errors.js";
import { sameFile } from "../util/fs.js";
import {
  getLoss, LOSS_NAMES, SingularCovarianceError, type LossName, type LossRegistry, type LossResult,
} from "../losses/index.js";

/** A method flag: the CLI name, the option it sets, and the methods it applies to. */
interface MethodFlag {
  flag: string;
  /** commander's camel-cased attribute name. */
  attr: keyof LossCommandFlags;
  option: string;
  methods: readonly LossName[];
}

const METHOD_FLAGS: readonly MethodFlag[] = [
  { flag: "--lambda", attr: "lambda", option: "lambda", methods: ["barlow-twins", "ib-logdet"] },
  { flag: "--sim-coeff", attr: "simCoeff", option: "simCoeff", methods: ["vicreg"] },
  { flag: "--std-coeff", attr: "stdCoeff", option: "stdCoeff", methods: ["vicreg"] },
  { flag: "--cov-coeff", attr: "covCoeff", option: "covCoeff", methods: ["vicreg"] },
  { flag: "--temperature", attr: "temperature", option: "temperature", methods: ["infonce"] },
  { flag: "--w-eps", attr: "wEps", option: "wEps", methods: ["wmse"] },
];

/** The method flags as commander parses them (strings). */
export interface LossCommandFlags {
  lambda?: string;
  simCoeff?: string;
  stdCoeff?: string;
  covCoeff?: string;
  temperature?: string;
  wEps?: string;
}

export interface LossCommandOptions extends LossCommandFlags {
  method: string;
  z1: string;
  z2: string;
  /** Where to write d loss / d z1 as `.npy`. */
  grad?: string;
}

/** What the command prints with `--json`. */
export interface LossCommandResult {
  method: LossName;
  loss: number;
  terms: Record<string, number>;
}

function parseNumber(flag: string, raw: string): number {
  const v = raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(v)) throw new InputError(flag, `expected a finite number, got '${raw}'`);
  return v;
}

/** Re-labels an InputError from a lower layer with the flag (and file) the user typed. */
function relabel(e: unknown, where: string): unknown {
  if (!(e instanceof InputError)) return e;
  const bare = e.message.startsWith(`${e.where}: `) ? e.message.slice(e.where.length + 2) : e.message;
  return new InputError(where, bare, { cause: e });
}

function readView(flag: string, path: string): Tensor {
  let z: Tensor;
  try {
    z = readNpy(path);
  } catch (e) {
    throw relabel(e, `${flag} ${path}`);
  }
  const where = `${flag} ${path}`;
  try {
    if (z.ndim !== 2) throw new InputError(where, `expected a 2-D array [N, D], got shape [${z.shape.join(", ")}]`);
    if (z.dtype !== "float32" && z.dtype !== "float64") {
      throw new InputError(where, `expected float32 or float64 values, got ${z.dtype}`);
    }
    if (z.shape[0]! < 2) throw new InputError(where, `needs N ≥ 2 rows (batch statistics), got N = ${z.shape[0]}`);
    if (z.shape[1]! < 1) throw new InputError(where, `needs D ≥ 1 columns, got D = 0`);
    const finite = tidy(() => z.isfinite().all().item());
    if (!finite) throw new InputError(where, "contains NaN or Inf values");
  } catch (e) {
    z.dispose();
    throw e;
  }
  return z;
}

/**
 * Reads the two views, checks them, computes the loss (and d loss / d z1 into `opts.grad`). Every bad input is an
 * {@link InputError} whose `where` names the flag (and file).
 */
export function computeLossFromFiles(opts: LossCommandOptions): LossCommandResult {
  let entry: LossRegistry[LossName];
  try {
    entry = getLoss(opts.method);
  } catch (e) {
    throw relabel(e, "--method");
  }
  const method = entry.name;
  const lossOpts: Record<string, number> = {};
  for (const f of METHOD_FLAGS) {
    const raw = opts[f.attr];
    if (raw === undefined) continue;
    if (!f.methods.includes(method)) {
      throw new InputError(f.flag, `does not apply to --method ${method} (it applies to ${f.methods.join(", ")})`);
    }
    lossOpts[f.option] = parseNumber(f.flag, raw);
  }

  // Writing the gradient over an input would destroy it: refuse the same file under any name (symlink, hard link).
  if (opts.grad !== undefined) {
    for (const [flag, input] of [["--z1", opts.z1], ["--z2", opts.z2]] as const) {
      if (sameFile(opts.grad, input)) {
        throw new InputError(`--grad ${opts.grad}`, `is the same file as ${flag} ${input}; writing the gradient there would overwrite an input (choose another path)`);
      }
    }
  }
  const z1 = readView("--z1", opts.z1);
  let z2: Tensor | undefined;
  try {
    z2 = readView("--z2", opts.z2);
    if (z1.shape[0] !== z2.shape[0] || z1.shape[1] !== z2.shape[1]) {
      throw new InputError(`--z2 ${opts.z2}`, `shape [${z2.shape.join(", ")}] differs from --z1's [${z1.shape.join(", ")}]`);
    }
    if (z1.dtype !== z2.dtype) throw new InputError(`--z2 ${opts.z2}`, `dtype ${z2.dtype} differs from --z1's ${z1.dtype}`);
    const views: [Tensor, Tensor] = [z1, z2];
    if (opts.grad) z1.requiresGrad_();
    return tidy(() => {
      let r: LossResult;
      try {
        // The flags were matched to this method above, so lossOpts only holds this method's options.
        r = (entry.fn as (v: Tensor[], o: Record<string, number>) => LossResult)(views, lossOpts);
      } catch (e) {
        if (e instanceof SingularCovarianceError) {
          const flag = e.view === 0 ? `--z1 ${opts.z1}` : `--z2 ${opts.z2}`;
          throw new InputError(flag, e.message, { cause: e });
        }
        if (e instanceof InputError) {
          // An option's range check: name the flag that set it.
          const f = METHOD_FLAGS.find((m) => m.option === e.where);
          throw relabel(e, f ? f.flag : e.where);
        }
        throw e;
      }
      const loss = r.loss.item();
      const terms = Object.fromEntries(Object.entries(r.terms).map(([k, t]) => [k, t.item()]));
      // JSON has no NaN/Inf (it would print "loss": null): an overflow is the input's scale, so say so and refuse.
      const bad = [["loss", loss], ...Object.entries(terms)].find(([, v]) => !Number.isFinite(v as number));
      if (bad) {
        const peak = tidy(() => Math.max(z1.abs().max().item(), z2!.abs().max().item()));
        throw new InputError(`--z1 ${opts.z1}, --z2 ${opts.z2}`, `the ${method} ${bad[0] === "loss" ? "loss" : `term '${bad[0]}'`} is ${bad[1]} ` +
          `(it overflowed ${z1.dtype}: the largest |value| is ${peak.toExponential(3)}); rescale the embeddings${z1.dtype === "float32" ? " or save them as float64" : ""}`);
      }
      if (opts.grad) {
        r.loss.backward();
        const g = z1.grad;
        if (!g) throw new Error("internal error: the loss did not reach z1");
        const finite = tidy(() => g.isfinite().all().item());
        if (!finite) {
          throw new InputError(`--z1 ${opts.z1}`, `d loss / d z1 overflowed ${z1.dtype} (the loss ${loss} is finite); rescale the embeddings, nothing was written to --grad`);
        }
        noGrad(() => writeNpy(opts.grad!, g));
      }
      return { method, loss, terms };
    });
  } finally {
    z1.dispose();
    z2?.dispose();
  }
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(10);
}

export function register(program: Command): void {
  program
    .command("loss")
    .description("compute a self-supervised loss between two embedding files (.npy [N, D]) in their dtype")
    .requiredOption("--method <name>", `the loss: ${LOSS_NAMES.join(", ")}`)
    .requiredOption("--z1 <file>", "first view's embeddings, .npy [N, D] float32/float64")
    .requiredOption("--z2 <file>", "second view's embeddings, .npy with z1's shape and dtype")
    .option("--grad <file>", "write d loss / d z1 here as .npy (z1's shape and dtype)")
    .option("--json", "print {\"method\", \"loss\", \"terms\"} as JSON")
    .option("--lambda <x>", "barlow-twins off-diagonal weight (0.0051) / ib-logdet log-det weight (1)")
    .option("--sim-coeff <x>", "vicreg invariance weight (25)")
    .option("--std-coeff <x>", "vicreg variance weight (25; 0 = no-variance ablation)")
    .option("--cov-coeff <x>", "vicreg covariance weight (1; 0 = no-covariance ablation)")
    .option("--temperature <x>", "infonce temperature (0.1)")
    .option("--w-eps <x>", "wmse covariance shrinkage towards I, in [0, 1) (0)")
    .action((opts: LossCommandOptions & { json?: boolean }) => {
      const r = computeLossFromFiles(opts);
      if (opts.json) {
        console.log(JSON.stringify(r));
        return;
      }
      console.log(`${r.method} loss ${fmt(r.loss)}`);
      for (const [k, v] of Object.entries(r.terms)) console.log(`  ${k.padEnd(12)} ${fmt(v)}`);
      if (opts.grad) console.log(`  d loss / d z1 → ${opts.grad}`);
    });
}
