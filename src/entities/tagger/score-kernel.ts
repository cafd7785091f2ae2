/**
 * The inner loop of WeightTable.addScores as a small WebAssembly function with 128-bit SIMD, written
 * out as bytes here (the project has no WebAssembly toolchain). In JavaScript the 17 multiply-adds
 * of each found feature were a third of tagging time; two labels per instruction and no bounds
 * checks make them about 1.6× faster.
 *
 * Linear memory: features (uint32 × 128) at FEATURES, the 17 label scores as float64 at SCORES
 * (read and written back), the weight table's 64-byte slots from TABLE (weight-table.ts). The
 * function, in the text format:
 *
 *   (func (param $count i32) (param $mask i32)
 *     for each feature f < $count: touch = touch xor i32.load(slot of key & $mask)
 *     i32.store(TOUCHED, touch)
 *     acc[k] = v128.load(SCORES + 16k)                      ;; labels 2k, 2k+1 as f64x2, k < 9
 *     for each feature f < $count:
 *       probe slots from key & $mask until the key (found) or 0 (absent: next feature)
 *       scale = f64x2.splat(f64.promote_f32(slot.scale))
 *       for each pair of weights w (int16 → i32 → f64x2.convert_low_i32x4_s):
 *         acc[k] = f64x2.promote_low_f32x4(f32x4.demote_f64x2_zero(acc[k] + w × scale))
 *     v128.store(SCORES + 16k, acc[k]))
 *
 * The first loop only reads each feature's home slot: those loads do not depend on each other, so the
 * processor fetches their cache lines from memory at once (the table is tens of MB; one cache miss
 * per feature was most of the kernel's time), and the probing loop then finds them in the cache.
 * Storing their XOR keeps the loads from being optimised away.
 *
 * Each sum is rounded to float32 after every addition, in the features' order, exactly as
 * `scores[l] += scale * weight` on a Float32Array: the scores are bit-identical (weight-table.test.ts).
 */

/** The part of the WebAssembly API used here (the project's `lib` setting leaves its types out). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
};

export const FEATURES = 0;
export const SCORES = 512;
/** Where the first loop stores the XOR of the keys it touched (after the 17 scores). */
const TOUCHED = SCORES + 8 * 18;
/** Start of the table's slots; must be a multiple of 64 (one slot per cache line). */
export const TABLE = 1024;
const SLOT_SHIFT = 6;
/** Number of f64x2 accumulators: 17 labels, the last pair's second lane unused. */
const PAIRS = 9;

export interface ScoreKernel {
  readonly memory: WasmMemory;
  /** Adds the rows of features[0..count) found in the table to the scores at SCORES. */
  add(count: number, mask: number): void;
}

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};

/** Instructions used (opcodes of the WebAssembly core and SIMD specifications). */
const op = {
  localGet: (i: number) => [0x20, ...uleb(i)],
  localSet: (i: number) => [0x21, ...uleb(i)],
  localTee: (i: number) => [0x22, ...uleb(i)],
  i32Const: (n: number) => [0x41, ...sleb(n)],
  i32Load: (offset: number) => [0x28, 2, ...uleb(offset)],
  i32Store: (offset: number) => [0x36, 2, ...uleb(offset)],
  f32Load: (offset: number) => [0x2a, 2, ...uleb(offset)],
  i32Eq: [0x46],
  i32Eqz: [0x45],
  i32GeU: [0x4f],
  i32Add: [0x6a],
  i32And: [0x71],
  i32Xor: [0x73],
  i32Shl: [0x74],
  f64PromoteF32: [0xbb],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, depth],
  brIf: (depth: number) => [0x0d, depth],
  v128Load: (offset: number) => [0xfd, ...uleb(0x00), 4, ...uleb(offset)],
  v128Store: (offset: number) => [0xfd, ...uleb(0x0b), 4, ...uleb(offset)],
  /** Moves the upper 64 bits of a vector to its lower half. */
  upperHalf: [0xfd, ...uleb(0x0d), 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7],
  f64x2Splat: [0xfd, ...uleb(0x14)],
  f32x4DemoteF64x2Zero: [0xfd, ...uleb(0x5e)],
  f64x2PromoteLowF32x4: [0xfd, ...uleb(0x5f)],
  i32x4ExtendLowI16x8S: [0xfd, ...uleb(0xa7)],
  i32x4ExtendHighI16x8S: [0xfd, ...uleb(0xa8)],
  f64x2Add: [0xfd, ...uleb(0xf0)],
  f64x2Mul: [0xfd, ...uleb(0xf2)],
  f64x2ConvertLowI32x4S: [0xfd, ...uleb(0xfe)],
};

// Locals: parameters 0 count, 1 mask; i32 2 f, 3 key, 4 slot, 5 stored key, 6 slot address;
// v128 7 scale, 8 eight weights, 9 their low four as i32, 10 their high four, 11.. accumulators.
const [COUNT, MASK, F, KEY, SLOT, STORED, ADDRESS, SCALE, WEIGHTS, LOW, HIGH, ACC] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
];

/** The function body: locals and instructions. */
function kernelBody(): number[] {
  const code: number[][] = [];
  // Touch every feature's home slot ($STORED holds the XOR of the keys read).
  code.push(op.block, op.loop);
  code.push(op.localGet(F), op.localGet(COUNT), op.i32GeU, op.brIf(1));
  code.push(op.localGet(F), op.i32Const(2), op.i32Shl, op.i32Load(FEATURES), op.localGet(MASK), op.i32And);
  code.push(op.i32Const(SLOT_SHIFT), op.i32Shl, op.i32Load(TABLE), op.localGet(STORED), op.i32Xor);
  code.push(op.localSet(STORED), op.localGet(F), op.i32Const(1), op.i32Add, op.localSet(F), op.br(0));
  code.push(op.end, op.end);
  code.push(op.i32Const(0), op.localGet(STORED), op.i32Store(TOUCHED));
  code.push(op.i32Const(0), op.localSet(F));
  for (let k = 0; k < PAIRS; k++)
    code.push(op.i32Const(0), op.v128Load(SCORES + 16 * k), op.localSet(ACC + k));
  code.push(op.block, op.loop); // $done, $next
  code.push(op.localGet(F), op.localGet(COUNT), op.i32GeU, op.brIf(1));
  code.push(op.localGet(F), op.i32Const(2), op.i32Shl, op.i32Load(FEATURES), op.localSet(KEY));
  code.push(op.localGet(F), op.i32Const(1), op.i32Add, op.localSet(F));
  code.push(op.localGet(KEY), op.localGet(MASK), op.i32And, op.localSet(SLOT));
  code.push(op.block, op.loop); // $hit, $probe
  code.push(op.localGet(SLOT), op.i32Const(SLOT_SHIFT), op.i32Shl, op.i32Load(TABLE), op.localTee(STORED));
  code.push(op.localGet(KEY), op.i32Eq, op.brIf(1)); // found: leave $hit
  code.push(op.localGet(STORED), op.i32Eqz, op.brIf(2)); // empty slot: next feature
  code.push(
    op.localGet(SLOT),
    op.i32Const(1),
    op.i32Add,
    op.localGet(MASK),
    op.i32And,
    op.localSet(SLOT),
    op.br(0),
  );
  code.push(op.end, op.end);
  code.push(op.localGet(SLOT), op.i32Const(SLOT_SHIFT), op.i32Shl, op.localSet(ADDRESS));
  code.push(op.localGet(ADDRESS), op.f32Load(TABLE + 4), op.f64PromoteF32, op.f64x2Splat, op.localSet(SCALE));
  for (let k = 0; k < PAIRS; k++) {
    // Every fourth pair loads the weights of labels 2k..2k+7 (slot bytes 8 + 4k); the last load
    // reaches into the slot's padding, whose lanes are summed but never read.
    if (k % 4 === 0) {
      code.push(op.localGet(ADDRESS), op.v128Load(TABLE + 8 + 4 * k), op.localSet(WEIGHTS));
      code.push(op.localGet(WEIGHTS), op.i32x4ExtendLowI16x8S, op.localSet(LOW));
      code.push(op.localGet(WEIGHTS), op.i32x4ExtendHighI16x8S, op.localSet(HIGH));
    }
    const half = k % 4 < 2 ? LOW : HIGH;
    code.push(op.localGet(ACC + k), op.localGet(half));
    if (k % 2 === 1) code.push(op.localGet(half), op.upperHalf);
    code.push(op.f64x2ConvertLowI32x4S, op.localGet(SCALE), op.f64x2Mul, op.f64x2Add);
    code.push(op.f32x4DemoteF64x2Zero, op.f64x2PromoteLowF32x4, op.localSet(ACC + k));
  }
  code.push(op.br(0), op.end, op.end);
  for (let k = 0; k < PAIRS; k++)
    code.push(op.i32Const(0), op.localGet(ACC + k), op.v128Store(SCORES + 16 * k));
  code.push(op.end);
  const I32 = 0x7f;
  const V128 = 0x7b;
  return [2, ...uleb(5), I32, ...uleb(4 + PAIRS), V128, ...code.flat()];
}

const bytes = (text: string) => [...text].map((c) => c.charCodeAt(0));
const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];

/** The module: one function (i32, i32) → () exported as "add", memory imported as env.memory. */
function kernelModule(): Uint8Array {
  const body = kernelBody();
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 0]),
    ...section(2, [1, 3, ...bytes('env'), 6, ...bytes('memory'), 0x02, 0x00, 0x01]),
    ...section(3, [1, 0]),
    ...section(7, [1, 3, ...bytes('add'), 0x00, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

let compiled: object | undefined;

/** A kernel with a fresh memory of TABLE + `tableBytes` bytes (zeroed: empty slots). */
export function createScoreKernel(tableBytes: number): ScoreKernel {
  compiled ??= new WebAssembly.Module(kernelModule());
  const memory = new WebAssembly.Memory({ initial: Math.ceil((TABLE + tableBytes) / 65536) });
  const instance = new WebAssembly.Instance(compiled, { env: { memory } });
  return { memory, add: instance.exports.add as (count: number, mask: number) => void };
}
