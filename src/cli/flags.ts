/** Flag parsing helpers shared by commands: numbers that name the flag when they are not numbers. */
import { InputError } from "../util/errors.js";

export function num(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === "" || !Number.isFinite(x)) throw new InputError(flag, `expected a number, got '${v}'`);
  return x;
}

export function int(flag: string, v: string | undefined): number | undefined {
  const x = num(flag, v);
  if (x !== undefined && !Number.isInteger(x)) throw new InputError(flag, `expected an integer, got '${v}'`);
  return x;
}

/** The `--device` flag of every command that computes (train, study, validate, eval, analyze): one wording. */
export const DEVICE_FLAG = "--device <name>";
export const DEVICE_HELP = "auto (default: the first GPU when there is one, else cpu), cpu, cuda or cuda:N";
/** `--precision` of the commands that train (train, study, validate). */
export const PRECISION_FLAG = "--precision <p>";
export const PRECISION_HELP = "32 (default), bf16-mixed (bfloat16 autocast) or 16-mixed (float16 autocast + dynamic loss scaling)";

export { defined } from "../util/object.js";
