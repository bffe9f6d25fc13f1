/** SSL methods by name (the `--method` flag), one small file each on the shared base. */
import { InputError } from "../util/errors.js";
import type { MethodName, MethodSpec } from "./base.js";
import { barlowTwins } from "./barlow-twins.js";
import { vicreg } from "./vicreg.js";
import { wmse } from "./wmse.js";
import { infonce } from "./infonce.js";
import { ibLogdet } from "./ib-logdet.js";
import { invariance } from "./invariance.js";

export * from "./base.js";

export const METHODS: { readonly [N in MethodName]: MethodSpec<N> } = {
  "barlow-twins": barlowTwins,
  vicreg,
  wmse,
  infonce,
  "ib-logdet": ibLogdet,
  invariance,
};
export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

/** The method's spec, or an InputError listing the known names. */
export function getMethod(name: string): MethodSpec {
  if (!(name in METHODS)) throw new InputError("method", `unknown method '${name}' (expected one of ${METHOD_NAMES.join(", ")})`);
  return METHODS[name as MethodName] as MethodSpec;
}
