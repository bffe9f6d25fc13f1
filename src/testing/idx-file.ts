/** Test fixture: the bytes of an IDX file (magic 00 00 08 rank: unsigned bytes, big-endian sizes, then the data). */
export function idxBytes(shape: number[], fill: (i: number) => number): Buffer {
  const n = shape.reduce((a, b) => a * b, 1);
  const b = Buffer.alloc(4 + 4 * shape.length + n);
  b[2] = 0x08;
  b[3] = shape.length;
  shape.forEach((s, d) => b.writeUInt32BE(s, 4 + 4 * d));
  for (let i = 0; i < n; i++) b[4 + 4 * shape.length + i] = fill(i);
  return b;
}
