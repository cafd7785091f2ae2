/**
 * The story page's data: the story, its articles in time order, the names of the entities its events
 * involve, and its places with coordinates (read from the articles' records) for the map.
 */
import type { CorpusStore } from '../corpus/store.js';

/** Articles listed on a story page, and records read for place coordinates and names. */
const STORY_ARTICLES = 100;
const RECORDS_READ = 5;

export async function storyView(store: CorpusStore, storyId: number) {
  const story = await store.story(storyId);
  if (!story) return undefined;
  const page = await store.articles({ story: storyId, limit: STORY_ARTICLES });
  const articles = page.items
    .map(({ snippet: _snippet, ...item }) => item)
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const names: Record<string, string> = {};
  for (const ref of [...story.entities, ...story.places]) names[ref.id] = ref.name;
  const coordinates = new Map<string, { lat: number; lon: number }>();
  const wanted = new Set(story.places.map((place) => place.id));
  const needed = new Set(story.events.flatMap((event) => [...event.actors, ...event.targets]));
  if (story.events.some((event) => event.place))
    for (const e of story.events) if (e.place) needed.add(e.place);
  for (const summary of page.items.slice(0, RECORDS_READ)) {
    const stored = await store.article(summary.id);
    for (const entity of stored?.record.entities ?? []) {
      if (needed.has(entity.id) && !names[entity.id]) names[entity.id] = entity.name;
      if (wanted.has(entity.id) && entity.geo && !coordinates.has(entity.id)) {
        coordinates.set(entity.id, { lat: entity.geo.lat, lon: entity.geo.lon });
      }
    }
  }
  const map = story.places.flatMap((place) => {
    const at = coordinates.get(place.id);
    return at ? [{ ...place, ...at }] : [];
  });
  return { ...story, articles, names, map };
}
