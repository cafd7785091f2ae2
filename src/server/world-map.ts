/**
 * The story map's offline base layer: Natural Earth country outlines (world-atlas, 1:110m) turned once
 * into SVG path data in an equirectangular projection, x = lon + 180, y = 90 − lat (viewBox 0 0 360 180),
 * so the page places a point at (lon + 180, 90 − lat) with no map library.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryOutline {
  name: string;
  d: string;
}

function ring(points: Position[]): string {
  let out = '';
  let last = '';
  for (const [lon = 0, lat = 0] of points) {
    const point = `${(lon + 180).toFixed(1)} ${(90 - lat).toFixed(1)}`;
    if (point === last) continue;
    out += `${out ? 'L' : 'M'}${point}`;
    last = point;
  }
  return `${out}Z`;
}

function pathOf(geometry: Geometry | null): string {
  if (!geometry) return '';
  if (geometry.type === 'Polygon') return geometry.coordinates.map(ring).join('');
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat().map(ring).join('');
  return '';
}

let cached: string | undefined;

/** The outlines as a JSON array of `{name, d}`, built on first use and kept. */
export function worldMapJson(): string {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const outlines: CountryOutline[] = collection.features.map(
    (country: Feature<Geometry, { name: string }>) => ({
      name: country.properties.name,
      d: pathOf(country.geometry),
    }),
  );
  cached = JSON.stringify(outlines.filter((outline) => outline.d));
  return cached;
}
