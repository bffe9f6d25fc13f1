/**
 * A numeric CSV/TSV reader for embedding matrices: one row per line, an optional header row (a first line none of
 * whose cells is a number), `,` for .csv and tab for .tsv (or pass `delimiter`). Cells may be quoted; `nan`, `inf`
 * and `-inf` are read as numbers so that the NaN/Inf check can say where they are. Errors name `file:line:column`.
 *
 * @example
 * const { rows, cols, data } = readCsv("emb.csv");  // data: Float64Array, row-major
 * const z = tensor(data, [rows, cols]);
 */
import { statSync } from "node:fs";
import { InputError } from "../util/errors.js";
import { expectFile, formatBytes, readTextFile } from "../util/fs.js";

/** Largest CSV/TSV read (it is parsed in memory as one string; an `.npy` of any size is streamed instead). */
export const CSV_MAX_BYTES = 500 * 2 ** 20;

export interface CsvMatrix {
  rows: number;
  cols: number;
  /** Row-major values. */
  data: Float64Array;
  /** The header row, when the file has one. */
  header: string[] | null;
}

const SPECIAL: Record<string, number> = { nan: NaN, "+nan": NaN, "-nan": NaN, inf: Infinity, "+inf": Infinity, "-inf": -Infinity, infinity: Infinity, "+infinity": Infinity, "-infinity": -Infinity };
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parseCell(cell: string): number | null {
  let s = cell.trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  if (NUMBER.test(s)) return Number(s);
  const sp = SPECIAL[s.toLowerCase()];
  return sp === undefined ? null : sp;
}

/** Reads a numeric CSV/TSV file (see the module comment). */
export function readCsv(path: string, opts: { delimiter?: string } = {}): CsvMatrix {
  expectFile(path);
  const delimiter = opts.delimiter ?? (path.toLowerCase().endsWith(".tsv") ? "\t" : ",");
  const size = statSync(path).size;
  if (size > CSV_MAX_BYTES) {
    throw new InputError(path, `${formatBytes(size)} of text; CSV/TSV files up to ${formatBytes(CSV_MAX_BYTES)} are read (save larger embeddings as .npy, which is streamed)`);
  }
  const text = readTextFile(path, { maxBytes: CSV_MAX_BYTES });
  const lines = text.split(/\r?\n/);
  let cols = -1;
  let header: string[] | null = null;
  const values: number[] = [];
  let rows = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.trim() === "") continue;
    const cells = line.split(delimiter);
    if (cols < 0) {
      cols = cells.length;
      const parsed = cells.map(parseCell);
      if (parsed.every((v) => v === null)) {
        header = cells.map((c) => c.trim().replace(/^"|"$/g, ""));
        continue;
      }
    }
    if (cells.length !== cols) {
      throw new InputError(`${path}:${li + 1}`, `ragged row: ${cells.length} field${cells.length === 1 ? "" : "s"}, expected ${cols} like the first row`);
    }
    for (let ci = 0; ci < cells.length; ci++) {
      const v = parseCell(cells[ci]!);
      if (v === null) {
        throw new InputError(`${path}:${li + 1}:${ci + 1}`, `non-numeric cell '${cells[ci]!.trim().slice(0, 40)}' (expected a number)`);
      }
      values.push(v);
    }
    rows++;
  }
  if (cols < 0) throw new InputError(path, "empty file (expected rows of numbers)");
  return { rows, cols, data: Float64Array.from(values), header };
}
