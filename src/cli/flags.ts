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

export { defined } from "../util/object.js";
