/**
 * Incremental story clustering: each new article joins the most similar recent story, or starts one.
 * Similarity mixes shared entities (who and where) with shared content words (what happened), both as
 * cosines against the story's summed vectors; only stories active within a few days are candidates.
 * The weights and threshold were tuned on `npm run eval:stories` (see docs/corpus.md).
 */
import type { ArticleFeatures } from './article-features.js';
import { cosine, type Vector } from './vector.js';

/** An article can join a story whose articles lie at most this many days before or after it. */
export const STORY_WINDOW_DAYS = 3;
/** A story spans at most this many days: later articles on the same topic start a new one. */
export const MAX_STORY_DAYS = 14;
export const ENTITY_WEIGHT = 0.4;
export const TERM_WEIGHT = 0.6;
/** Below this similarity an article starts a story of its own. */
export const STORY_THRESHOLD = 0.3;
/** Entities and terms of the article used to look up candidate stories. */
export const LOOKUP_ENTITIES = 6;
export const LOOKUP_TERMS = 10;

export interface StoryCandidate {
  id: number;
  entities: Vector;
  terms: Vector;
  /** Squared norms of the story's whole vectors, when `entities` and `terms` hold only the article's keys. */
  entityNorm2?: number;
  termNorm2?: number;
}

export function storySimilarity(
  article: Pick<ArticleFeatures, 'entities' | 'terms'>,
  story: StoryCandidate,
): number {
  return (
    ENTITY_WEIGHT * cosine(article.entities, story.entities, story.entityNorm2) +
    TERM_WEIGHT * cosine(article.terms, story.terms, story.termNorm2)
  );
}

export function chooseStory(
  article: Pick<ArticleFeatures, 'entities' | 'terms'>,
  candidates: readonly StoryCandidate[],
): { id: number; score: number } | undefined {
  let best: { id: number; score: number } | undefined;
  for (const candidate of candidates) {
    const score = storySimilarity(article, candidate);
    if (
      score >= STORY_THRESHOLD &&
      (!best || score > best.score || (score === best.score && candidate.id < best.id))
    ) {
      best = { id: candidate.id, score };
    }
  }
  return best;
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The days a candidate story must overlap (the article's day ± the window), and its earliest start. */
export function storyWindow(day: string): { from: string; to: string; earliestStart: string } {
  return {
    from: shiftDay(day, -STORY_WINDOW_DAYS),
    to: shiftDay(day, STORY_WINDOW_DAYS),
    earliestStart: shiftDay(day, -MAX_STORY_DAYS),
  };
}
