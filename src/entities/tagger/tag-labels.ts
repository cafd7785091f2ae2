/**
 * The tagger's label set: BIO over its classes. LOCATION is one class while tagging; it becomes GPE or
 * LOC afterwards (see location-type.ts), which measured better than learning the split.
 */
export const TAGGER_CLASSES = [
  'PERSON',
  'ORG',
  'LOCATION',
  'FAC',
  'NORP',
  'EVENT',
  'PRODUCT',
  'MISC',
] as const;
export type TaggerClass = (typeof TAGGER_CLASSES)[number];

/** Label index 0 is O; class c has B at 1 + 2c and I at 2 + 2c. */
export const LABELS: readonly string[] = ['O', ...TAGGER_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];
export const LABEL_COUNT = LABELS.length;

export function labelIndex(label: string): number {
  const index = LABELS.indexOf(label);
  if (index < 0) throw new Error(`unknown tagger label ${label}`);
  return index;
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

export function classOf(label: number): TaggerClass | undefined {
  return label === 0 ? undefined : TAGGER_CLASSES[(label - 1) >> 1];
}

/** allowed[prev * LABEL_COUNT + cur]: I-X may only follow B-X or I-X; prev = LABEL_COUNT is the start. */
export const ALLOWED_TRANSITION: Uint8Array = (() => {
  const table = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = 0; prev <= LABEL_COUNT; prev++) {
    for (let cur = 0; cur < LABEL_COUNT; cur++) {
      const ok = !isInside(cur) || (prev < LABEL_COUNT && prev !== 0 && (prev - 1) >> 1 === (cur - 1) >> 1);
      table[prev * LABEL_COUNT + cur] = ok ? 1 : 0;
    }
  }
  return table;
})();

export interface LabelSpan {
  start: number;
  end: number;
  cls: TaggerClass;
}

/** Token spans (end exclusive) from a BIO label sequence; a stray I- starts a span. */
export function labelSpans(labels: ArrayLike<number>, from = 0, to = labels.length): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | undefined;
  for (let i = from; i < to; i++) {
    const label = labels[i]!;
    const cls = classOf(label);
    if (open && (cls !== open.cls || !isInside(label))) {
      spans.push(open);
      open = undefined;
    }
    if (cls && !open) open = { start: i, end: i + 1, cls };
    else if (open) open.end = i + 1;
  }
  if (open) spans.push(open);
  return spans;
}
