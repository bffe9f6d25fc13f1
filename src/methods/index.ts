/**
 * SSL methods by name (the `--method` flag), one small file each. Everything other layers know about methods is
 * derived from this list: the config's method names and option validation, the CLI's flags and help, the study's
 * runs and the report's expectations.
 */
import { z } from "zod";
import { InputError } from "../util/errors.js";
import type { AblationSpec, Expectation, MethodDef, OptionSpec } from "./base.js";
import { genericAblation } from "./base.js";
import { barlowTwins } from "./barlow-twins.js";
import { vicreg } from "./vicreg.js";
import { wmse } from "./wmse.js";
import { infonce } from "./infonce.js";
import { ibLogdet } from "./ib-logdet.js";
import { invariance } from "./invariance.js";
import { simsiam } from "./simsiam.js";
import { byol } from "./byol.js";
import { dino } from "./dino.js";

export * from "./base.js";
export { JointEmbedding, jointEmbeddingMethod, type JointEmbeddingOptions } from "./joint-embedding.js";
export { MomentumMethod, cosineTau, type MomentumOptions } from "./momentum.js";
export { SimSiam, type SimSiamMethodOptions } from "./simsiam.js";
export { BYOL, type BYOLMethodOptions } from "./byol.js";
export { DINO, type DINOMethodOptions } from "./dino.js";

/** Every method, in the order the study and the report list them. */
export const METHOD_LIST: readonly MethodDef<object>[] = [barlowTwins, vicreg, wmse, infonce, ibLogdet, invariance, simsiam, byol, dino] as never;

/** A `--method` name. */
export type MethodName = string;

export const METHODS: Readonly<Record<string, MethodDef<object>>> = Object.freeze(Object.fromEntries(METHOD_LIST.map((m) => [m.name, m])));
export const METHOD_NAMES: readonly string[] = METHOD_LIST.map((m) => m.name);

/** The method's definition, or an InputError listing the known names. */
export function getMethod(name: string): MethodDef<object> {
  if (!Object.prototype.hasOwnProperty.call(METHODS, name)) {
    throw new InputError("method", `unknown method '${name}' (expected one of ${METHOD_NAMES.join(", ")})`);
  }
  return METHODS[name]!;
}

/** Every option any method has, once (the first declaration of a shared key, e.g. `lambda`, wins). */
export function allOptionSpecs(): Map<string, OptionSpec> {
  const out = new Map<string, OptionSpec>();
  for (const m of METHOD_LIST) {
    for (const [k, spec] of Object.entries(m.optionSpecs as Record<string, OptionSpec | undefined>)) if (spec && !out.has(k)) out.set(k, spec);
  }
  return out;
}

/** The zod schema of the config's `loss:` section: every method option, optional, unknown keys refused. */
export function optionsSchema(): z.ZodObject {
  return z.object(Object.fromEntries([...allOptionSpecs()].map(([k, s]) => [k, s.schema.optional()]))).strict();
}

/** The methods having option `key` (for messages). */
export function methodsWithOption(key: string): string[] {
  return METHOD_LIST.filter((m) => key in m.options).map((m) => m.name);
}

/** Every named ablation, for the CLI's help. */
export function ablationNames(): string[] {
  const names = new Set<string>();
  for (const m of METHOD_LIST) for (const a of Object.keys(m.ablations)) names.add(a);
  return [...names, "no-projector", "projector-<width>"];
}

/** One run of the study. */
export interface StudyRun {
  /** Folder name under DIR/runs, e.g. "vicreg-no-variance". */
  name: string;
  method: string;
  ablation: string | null;
}

/**
 * The study's runs for a preset, method by method: the method as published, then its ablations in the study
 * (`study: "full"` ones only in the full study).
 */
export function studyRuns(preset: "quick" | "full" | "smoke"): StudyRun[] {
  const inPreset = (s: "all" | "full" | "none" | undefined) => (s ?? "all") === "all" || (s === "full" && preset === "full");
  const runs: StudyRun[] = [];
  for (const m of METHOD_LIST) {
    if (inPreset(m.study)) runs.push({ name: m.name, method: m.name, ablation: null });
    for (const [a, spec] of Object.entries(m.ablations as Record<string, AblationSpec>)) {
      if (inPreset(spec.study)) runs.push({ name: `${m.name}-${a}`, method: m.name, ablation: a });
    }
  }
  return runs;
}

/** What a method/ablation is expected to show and why, or null when the study predicts nothing. */
export function expectationOf(method: string, ablation: string | null): { expected: Expectation; why: string } | null {
  const m = METHODS[method];
  if (!m) return null;
  if (ablation === null) return { expected: m.expected, why: m.why };
  const own = Object.prototype.hasOwnProperty.call(m.ablations, ablation) ? (m.ablations as Record<string, AblationSpec>)[ablation] : undefined;
  const spec = own ?? (m.genericAblations === false ? null : genericAblation(ablation));
  return spec && spec.why !== null ? { expected: spec.expected, why: spec.why } : null;
}

/** The report's title of a run: "VICReg without …" comes from the ablation summary; the method's title otherwise. */
export function titleOf(method: string): string {
  return METHODS[method]?.title ?? method;
}
