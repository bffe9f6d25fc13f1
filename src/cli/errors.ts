/** Maps any thrown value to one line and an exit code: 2 for bad input, 1 for everything else. */
import { InputError, RunError } from "../util/errors.js";

export function describeError(e: unknown): { message: string; code: number; expected?: boolean } {
  if (e instanceof InputError) return { message: e.message, code: 2 };
  if (e instanceof RunError) return { message: e.message, code: e.exitCode, expected: true };
  if (e && typeof e === "object" && "issues" in e && Array.isArray((e as { issues: unknown[] }).issues)) {
    // zod validation error: name the field and what was expected.
    const issues = (e as { issues: { path: (string | number)[]; message: string }[] }).issues;
    const first = issues[0]!;
    const field = first.path.length ? first.path.join(".") : "config";
    return { message: `${field}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`, code: 2 };
  }
  if (e && typeof e === "object" && "code" in e && (e as { code: unknown }).code === "ENOENT") {
    const p = (e as { path?: string }).path ?? "file";
    return { message: `${p}: no such file or directory`, code: 2 };
  }
  // Duck-typed so that commands which never load libtorch (serve, report, --help) do not load it here either.
  if (e instanceof Error && e.name === "TorchError") {
    const t = e as Error & { op: string; torchMessage: string };
    return { message: `libtorch error in ${t.op}: ${t.torchMessage}`, code: 1 };
  }
  if (e instanceof Error) return { message: e.message, code: 1 };
  return { message: String(e), code: 1 };
}
