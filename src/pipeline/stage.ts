import type { Doc, LayerName } from '../doc/doc.js';

/** Options every stage may read; fixed for one analysis run. */
export interface AnalyzeOptions {
  /** Publication date (ISO 8601) that relative dates resolve against. */
  published?: string;
  /** Analyse the input exactly as given: no cleaning, `text` is the input. */
  raw?: boolean;
}

/** One step of the pipeline: a pure function from a Doc to a Doc with more layers. */
export interface Stage {
  readonly name: string;
  /** Layers that must exist before the stage runs. */
  readonly reads: readonly LayerName[];
  /** Layers the stage adds (or replaces). */
  readonly adds: readonly LayerName[];
  run(doc: Doc, options: AnalyzeOptions): Doc;
}

/** Checks that every layer a stage reads is added by an earlier stage (or present at the start). */
export function checkStageOrder(stages: readonly Stage[], initial: readonly LayerName[] = []): void {
  const available = new Set<LayerName>(initial);
  for (const stage of stages) {
    const missing = stage.reads.filter((name) => !available.has(name));
    if (missing.length > 0) {
      throw new Error(`stage "${stage.name}" reads ${missing.join(', ')}, which no earlier stage adds`);
    }
    for (const name of stage.adds) available.add(name);
  }
}

export function runStages(doc: Doc, stages: readonly Stage[], options: AnalyzeOptions): Doc {
  return stages.reduce((current, stage) => stage.run(current, options), doc);
}
