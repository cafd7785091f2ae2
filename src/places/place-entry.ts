/** One gazetteer entry: a GeoNames feature (or a well-known region we describe ourselves). */
export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'city' | 'region' | 'continent' | 'water';

export interface PlaceEntry {
  /** GeoNames id, where the source gives one (all cities, countries, states; some regions). */
  geonameId?: number;
  name: string;
  kind: PlaceKind;
  /** GeoNames feature class (P populated place, A administrative, L area, H water, T terrain). */
  featureClass: string;
  featureCode: string;
  /** ISO 3166-1 alpha-2, absent for continents and seas. */
  countryCode?: string;
  /** First-level admin code as GeoNames writes it (US: postal code, e.g. "TX"). */
  admin1?: string;
  lat: number;
  lon: number;
  /** Inhabitants, 0 where unknown. */
  population: number;
}

/** Kilometres between two points on the Earth (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
