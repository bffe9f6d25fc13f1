/**
 * Reading YAML/JSON config files (train `--config`, study `--config`) within bounds. A YAML parser's time grows
 * faster than the file (every key of a mapping is checked against the others), so a config is refused before
 * parsing when it is larger than {@link CONFIG_MAX_BYTES} or has more than {@link CONFIG_MAX_KEYS} keys, and an
 * unknown top-level key is reported from a line scan, before the parse, with its line number.
 */
import { parse as parseYaml } from "yaml";
import { InputError } from "./errors.js";
import { readTextFile } from "./fs.js";

/** Largest config file accepted (a full train config is about 2 KiB). */
export const CONFIG_MAX_BYTES = 256 * 1024;
/** Most keys (at any depth) a YAML config may have (a full train config has about 60). */
export const CONFIG_MAX_KEYS = 2000;

/** Options of {@link readConfigData}. */
export interface ConfigFileOptions {
  /** The flag that named the file, for "file not found"-style errors (e.g. "--config"). */
  flag: string;
  /** The top-level keys allowed; others are refused from the line scan, before parsing. */
  keys?: readonly string[];
}

/**
 * Reads a YAML (or `.json`) config file as a mapping: a regular file of at most {@link CONFIG_MAX_BYTES}, at most
 * {@link CONFIG_MAX_KEYS} keys, top-level keys among `opts.keys` when given. Errors name the file, and the key
 * with its line where there is one.
 *
 * @example
 * const raw = readConfigData("vicreg.yaml", { flag: "--config", keys: ["method", "lr", "epochs"] });
 */
export function readConfigData(path: string, opts: ConfigFileOptions): Record<string, unknown> {
  const text = readTextFile(path, { maxBytes: CONFIG_MAX_BYTES, what: opts.flag });
  const json = path.toLowerCase().endsWith(".json");
  if (!json) scanKeys(text, path, opts.keys);
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new InputError(path, `not valid ${json ? "JSON" : "YAML"}: ${(e as Error).message.split("\n")[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new InputError(path, "expected a mapping of config keys");
  const rec = data as Record<string, unknown>;
  if (opts.keys) {
    for (const k of Object.keys(rec)) {
      if (!opts.keys.includes(k)) throw new InputError(`${path}: ${k}`, `unknown key (allowed: ${opts.keys.join(", ")})`);
    }
  }
  return rec;
}

/** The line scan: counts keys at any depth and checks top-level ones (see the module comment). */
function scanKeys(text: string, path: string, keys: readonly string[] | undefined): void {
  let count = 0;
  let flowDepth = 0; // inside a multi-line {...} or [...], a line at column 0 is not a top-level key
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const depthBefore = flowDepth;
    const code = line.replace(/\s#.*$/, "");
    flowDepth = Math.max(0, flowDepth + (code.match(/[{[]/g)?.length ?? 0) - (code.match(/[}\]]/g)?.length ?? 0));
    const m = keyOfLine(line);
    if (!m) continue;
    if (++count > CONFIG_MAX_KEYS) {
      throw new InputError(path, `more than ${CONFIG_MAX_KEYS} keys (line ${i + 1}); a config file has a few dozen`);
    }
    if (keys && depthBefore === 0 && m.indent === 0 && !m.listItem) {
      const key = m.key;
      if (!keys.includes(key)) throw new InputError(`${path}: ${key}`, `unknown key (allowed: ${keys.join(", ")}) on line ${i + 1}`);
    }
  }
}

/**
 * The key of a block-mapping line (`key: value`, `"quoted key": value`, `- key: value`), or null. Linear in the line
 * (no backtracking regex: a config line may be 256 KiB of spaces).
 */
function keyOfLine(line: string): { key: string; indent: number; listItem: boolean } | null {
  const indent = line.length - line.trimStart().length;
  let rest = line.slice(indent);
  const listItem = rest.startsWith("- ");
  if (listItem) rest = rest.slice(2).trimStart();
  const c = rest[0];
  if (c === undefined || "#{}[],&*!|>%@`?:".includes(c) || (c === "-" && (rest[1] === undefined || /\s|-/.test(rest[1])))) return null;
  if (c === '"' || c === "'") {
    let i = 1;
    for (; i < rest.length; i++) {
      if (c === '"' && rest[i] === "\\") i++;
      else if (rest[i] === c) {
        if (c === "'" && rest[i + 1] === "'") i++;
        else break;
      }
    }
    if (i >= rest.length) return null;
    const after = rest.slice(i + 1).trimStart();
    if (!after.startsWith(":") || (after.length > 1 && !/\s/.test(after[1]!))) return null;
    return { key: unquote(rest.slice(0, i + 1)), indent, listItem };
  }
  const at = rest.search(/:(?:\s|$)/);
  if (at < 0) return null;
  const key = rest.slice(0, at);
  if (/\s#/.test(key)) return null; // the colon is inside a comment
  return { key: key.trimEnd(), indent, listItem };
}

function unquote(k: string): string {
  if (k.startsWith('"')) {
    try {
      return JSON.parse(k) as string;
    } catch {
      return k.slice(1, -1);
    }
  }
  if (k.startsWith("'")) return k.slice(1, -1).replace(/''/g, "'");
  return k.trim();
}
