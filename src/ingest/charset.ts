/**
 * Bytes of an HTML page → string. Order of evidence: byte-order mark (definitive), `<meta charset>`
 * in the head, the charset declared by the transport (HTTP header in a WARC record), then detection
 * with chardet. A declaration is only believed when the bytes agree with it: pages that say UTF-8
 * but are Windows-1252 (and the reverse) are common, so UTF-8 is checked strictly and bytes that
 * decode as multi-byte UTF-8 are not read as a single-byte charset.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** How many leading bytes are scanned for `<meta charset>` (the HTML spec says 1024; real pages put long scripts first). */
export const META_PRESCAN_BYTES = 8192;
/** How many bytes chardet looks at: enough for a stable guess, bounded so giant pages stay fast. */
export const DETECT_SAMPLE_BYTES = 65536;

const ALIASES: Record<string, string> = {
  // WHATWG Encoding Standard: these labels all mean windows-1252 in browsers.
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  gb2312: 'gbk',
  'ks_c_5601-1987': 'euc-kr',
  'utf-16': 'utf-16le',
};

/** Canonical, iconv-supported name for a charset label, or undefined if unknown. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const canonical = ALIASES[name] ?? (name === 'utf8' ? 'utf-8' : name);
  return iconv.encodingExists(canonical) ? canonical : undefined;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset named by `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, META_PRESCAN_BYTES),
  ).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1];
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function detect(bytes: Uint8Array): string | undefined {
  const sample = bytes.length > DETECT_SAMPLE_BYTES ? bytes.subarray(0, DETECT_SAMPLE_BYTES) : bytes;
  return normalizeCharset(chardet.detect(sample) ?? undefined);
}

/** Decode HTML bytes; `declaredCharset` is a charset name or a whole Content-Type header value. */
export function decodeHtmlBytes(bytes: Uint8Array, declaredCharset?: string): string {
  const bom = bomCharset(bytes);
  if (bom) return iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.charset);
  const declared = headerCharset(declaredCharset) ?? declaredCharset;
  const candidates = [metaCharset(bytes), declared].map(normalizeCharset).filter((c) => c !== undefined);
  const nonAscii = hasNonAscii(bytes);
  if (!nonAscii) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  // Valid multi-byte UTF-8 is almost never an accident, whatever the page declares.
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return utf8;
  const believable = candidates.find((c) => c !== 'utf-8' && !c.startsWith('utf-16'));
  const charset = believable ?? detect(bytes) ?? 'windows-1252';
  return iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    charset === 'utf-8' ? 'windows-1252' : charset,
  );
}
