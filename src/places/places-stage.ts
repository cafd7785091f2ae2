/**
 * Places on the map: every place entity (GPE, LOC, FAC) gets the GeoNames entry its name mentions
 * resolve to, in the context of the whole article; the article gets its focus countries.
 */
import { type Doc, layer, withLayers } from '../doc/doc.js';
import type { Entity } from '../doc/record-schema.js';
import { firstStartingAt, spanContaining } from '../doc/span-search.js';
import type { Stage } from '../pipeline/stage.js';
import { countryByCode, countryByCode3 } from './country-names.js';
import { countryOfDemonym } from './demonyms.js';
import { findPlaceNames } from './find-place-names.js';
import { lookupCandidates } from './lookup-candidates.js';
import { focusCountries, type PlaceMention, type ResolvedPlace, resolvePlaces } from './resolve-places.js';

const PLACE_TYPES = new Set<Entity['type']>(['GPE', 'LOC', 'FAC']);
/** Place names that frame an article's other places: states, provinces, counties, countries. */
const REGION_KINDS = new Set(['admin1', 'admin2', 'country']);

export const resolvePlacesStage: Stage = {
  name: 'resolve-places',
  reads: ['entities', 'mentions'],
  adds: ['entities'],
  run(doc: Doc) {
    const entities = layer(doc, 'entities');
    const placeIds = new Set(entities.filter((e) => PLACE_TYPES.has(e.type)).map((e) => e.id));
    const gazetteerNames = findPlaceNames(doc.text);
    // Name mentions only; "American" stands for the United States but is not a place name to look up.
    // A tagger span cut short ("Natal" of "KwaZulu-Natal", "British" of "British Columbia") is looked up
    // as the whole gazetteer name around it.
    const entityAt = new Map<string, string>();
    const mentions: PlaceMention[] = [];
    for (const m of layer(doc, 'mentions')) {
      if (!placeIds.has(m.entity) || m.kind !== 'name') continue;
      const around = spanContaining(gazetteerNames, m.start);
      const whole = around && m.end <= around.end && around.end - around.start > m.end - m.start;
      const span = whole ? around : countryOfDemonym(m.text) ? undefined : m;
      if (!span) continue;
      const key = `${span.start}:${span.end}`;
      if (entityAt.has(key)) continue;
      entityAt.set(key, m.entity);
      mentions.push({ start: span.start, end: span.end, text: span.text });
    }
    // A name inside a mention that resolves is that mention's own evidence; one inside a mention that
    // does not ("Henry County General Sessions Court") still frames the article.
    const resolvable = mentions
      .filter((m) => lookupCandidates(m.text).length > 0)
      .sort((a, b) => a.start - b.start);
    // furthestEnd[i]: the furthest end among resolvable[0..i-1], so an overlap test is one binary search.
    const furthestEnd = [0];
    for (const m of resolvable) furthestEnd.push(Math.max(furthestEnd.at(-1)!, m.end));
    const overlaps = (p: { start: number; end: number }) =>
      furthestEnd[firstStartingAt(resolvable, p.end)]! > p.start;
    const context = gazetteerNames.filter(
      (p) => !overlaps(p) && lookupCandidates(p.text).some((entry) => REGION_KINDS.has(entry.kind)),
    );
    const resolved = resolvePlaces(doc.text, mentions, context);
    const best = new Map<string, ResolvedPlace>();
    resolved.forEach((place) => {
      const entity = entityAt.get(`${place.start}:${place.end}`);
      const current = entity ? best.get(entity) : undefined;
      if (entity && (!current || place.score > current.score)) best.set(entity, place);
    });
    const located = entities.map((entity) => {
      const place = best.get(entity.id);
      if (!place) {
        // A country named only by its adjective ("Iranian-backed") still has its place on the map.
        const country = entity.country ? countryByCode3(entity.country) : undefined;
        if (!country || entity.type !== 'GPE') return entity;
        const geo = {
          geonameId: country.geonameId,
          name: country.name,
          featureClass: 'A',
          countryCode: country.code,
          lat: country.lat,
          lon: country.lon,
        };
        return { ...entity, geo };
      }
      const country = place.geo.countryCode ? countryByCode(place.geo.countryCode)?.code3 : undefined;
      return { ...entity, geo: place.geo, ...(country && !entity.country ? { country } : {}) };
    });
    // A loop, not map-filter: an empty array from map() is another kind of array than a full one, and
    // each new kind threw away this function's optimised code.
    const focus: string[] = [];
    for (const code of focusCountries(resolved)) {
      const code3 = countryByCode(code)?.code3;
      if (code3 !== undefined) focus.push(code3);
    }
    return withLayers(doc, { entities: located }, { focusCountries: focus });
  },
};
