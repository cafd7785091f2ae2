/**
 * URL normalisation for duplicate detection: two links to the same article compare equal after it.
 * Drops the scheme, a leading `www.`, the fragment, tracking parameters (`data/corpus/tracking-params.json`),
 * a trailing slash and default ports; lower-cases the host; sorts the remaining query parameters.
 */
import { readDataFile } from '../resources/read-data-file.js';

interface TrackingParams {
  exact: string[];
  prefixes: string[];
}

let tracking: { exact: Set<string>; prefixes: string[] } | undefined;

function isTracking(name: string): boolean {
  if (!tracking) {
    const data = readDataFile<TrackingParams>('corpus/tracking-params.json');
    tracking = { exact: new Set(data.exact.map((p) => p.toLowerCase())), prefixes: data.prefixes };
  }
  const lower = name.toLowerCase();
  return tracking.exact.has(lower) || tracking.prefixes.some((prefix) => lower.startsWith(prefix));
}

/** The normalised form (`example.com/a/b?x=1`), or undefined for something that is not an http(s) URL. */
export function normalizeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\d?\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  path = path.replace(/\/index\.html?$/i, '');
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}
