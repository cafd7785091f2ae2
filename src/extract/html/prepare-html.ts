/**
 * Cheap linear string pass before parsing: keep the JSON-LD, then drop scripts, styles, SVG,
 * templates and comments (often 60% of a news page and never article text), and bound the size.
 * Parsing what is left is about twice as fast. Then images, form inputs, <nav>s and <button>s go
 * too: the block walk skips them anyway, and their markup is about a quarter of what is left
 * (long `srcset`s, menus), so the parse is a quarter faster. The scan is linear even on hostile
 * input: every opening tag either finds its closing tag (and we jump past it) or ends the page,
 * and a tag that is dropped only when closed is looked for at most once past its end.
 */

import { wordSet } from '../../resources/word-set.js';
import {
  MAX_APP_STATE_CHARS,
  MAX_HTML_CHARS,
  MAX_JSON_LD_CHARS,
  MAX_OPEN_ELEMENTS,
  MAX_RAW_HTML_CHARS,
} from './limits.js';

export interface PreparedHtml {
  html: string;
  jsonLd: string[];
  /** The JSON of a Next.js page's `<script id="__NEXT_DATA__">` (see app-state.ts), when not too big. */
  appState?: string;
  truncated: boolean;
  /** Markup characters of the <noscript>s big enough to be the page itself (see NOSCRIPT_PAGE_CHARS). */
  noscriptPageChars: number;
}

/**
 * Openers of elements whose content is never article text, of comments, and of CDATA sections.
 * A CDATA opener in HTML content (outside SVG and MathML, which go anyway) is a bogus comment that
 * browsers end at the next `>`; htmlparser2 reads on to a `]]>` that never comes and loses the rest
 * of the page (forum software leaves a stray `<![CDATA[` after <body>). A name must end where the
 * tag name ends: custom elements are named with a hyphen (`<svg-icon-element>`, `<script-loader>`),
 * are ordinary containers, and have no `</svg>` to end them (read as <svg>, one icon dropped the
 * rest of a page).
 */
const OPEN =
  /<(script|style|svg|template|noscript|iframe|object|canvas|math)(?=[\s/>])|<(img|source|input|nav|button)(?=[\s/>])|<!--|<!\[CDATA\[/gi;
/** Elements dropped only when their end is found: void ones (`<img>`) and containers closed in the page. */
const VOID = new Set(['img', 'source', 'input']);
/** An opening tag longer than this is left to the parser (hostile input: a quote that never closes). */
const MAX_TAG_CHARS = 20_000;
const CLOSE: Record<string, RegExp> = {};
/**
 * A <noscript> holding at least this much markup may be the page itself, served for clients without
 * scripts (forum software such as Discourse renders its whole thread there, the script-driven body
 * being empty). Such a <noscript> goes like the small ones (a tracking pixel, an image fallback, an
 * "enable JavaScript" line) unless the caller asks for it with `keepNoscript`: on other pages it
 * repeats the article the scripts show, so it is read only when the page without it has no article.
 */
export const NOSCRIPT_PAGE_CHARS = 5_000;
const closeOf = (name: string) => {
  CLOSE[name] ??= new RegExp(`</${name}\\s*>`, 'gi');
  return CLOSE[name];
};

export function prepareHtml(raw: string, options?: { keepNoscript?: boolean }): PreparedHtml {
  let truncated = false;
  let noscriptPageChars = 0;
  if (raw.length > MAX_RAW_HTML_CHARS) {
    raw = raw.slice(0, MAX_RAW_HTML_CHARS);
    truncated = true;
  }
  const jsonLd: string[] = [];
  let appState: string | undefined;
  const kept: string[] = [];
  let pos = 0;
  let keptChars = 0;
  /** Elements found unclosed once (a container without its closing tag, a tag without its end). */
  const unclosed = new Set<string>();
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(raw); m; m = OPEN.exec(raw)) {
    const dropped = m[2]?.toLowerCase();
    if (dropped) {
      const end = unclosed.has(dropped) ? 0 : droppedEnd(raw, m.index + m[0].length, dropped);
      if (end <= 0) {
        // Left to the parser, and so are the others of its name (each would be read as far).
        unclosed.add(dropped);
        OPEN.lastIndex = m.index + m[0].length;
        continue;
      }
      kept.push(raw.slice(pos, m.index));
      keptChars += m.index - pos;
      // JSON-LD inside a dropped <nav> (a breadcrumb list, sometimes the article's own) is kept.
      if (!VOID.has(dropped)) jsonLdWithin(raw, m.index, end, jsonLd);
      pos = end;
      OPEN.lastIndex = end;
      continue;
    }
    kept.push(raw.slice(pos, m.index));
    keptChars += m.index - pos;
    const name = m[1]?.toLowerCase();
    let after: number;
    if (name) {
      // The opener's end, then its closing tag; either missing means the rest of the page is inside it.
      const tagEnd = raw.indexOf('>', m.index);
      const start = tagEnd < 0 ? raw.length : tagEnd + 1;
      const close = closeOf(name);
      close.lastIndex = start;
      const c = tagEnd < 0 ? null : close.exec(raw);
      const end = c ? c.index : raw.length;
      after = c ? c.index + c[0].length : raw.length;
      if (name === 'noscript' && c && end - start >= NOSCRIPT_PAGE_CHARS) {
        noscriptPageChars += end - start;
        // Read on inside it; its stray closing tag is ignored by the parser.
        if (options?.keepNoscript) after = start;
      }
      if (
        name === 'script' &&
        /ld\+json/i.test(raw.slice(m.index, start)) &&
        end - start <= MAX_JSON_LD_CHARS
      ) {
        jsonLd.push(raw.slice(start, end));
      } else if (
        name === 'script' &&
        appState === undefined &&
        end - start <= MAX_APP_STATE_CHARS &&
        /\bid=["']?__NEXT_DATA__\b/.test(raw.slice(m.index, start))
      ) {
        appState = raw.slice(start, end);
      }
    } else if (m[0] === '<!--') {
      const c = raw.indexOf('-->', m.index + 4);
      after = c < 0 ? raw.length : c + 3;
    } else {
      const c = raw.indexOf('>', m.index + 9);
      after = c < 0 ? raw.length : c + 1;
    }
    pos = after;
    OPEN.lastIndex = after;
    if (keptChars > MAX_HTML_CHARS) break;
  }
  if (pos < raw.length) kept.push(raw.slice(pos));
  let html = kept.join('');
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS);
    truncated = true;
  }
  const prepared: PreparedHtml = {
    html: repairMojibake(boundNesting(html)),
    jsonLd: jsonLd.map(repairMojibake),
    truncated,
    noscriptPageChars,
  };
  if (appState) prepared.appState = repairMojibake(appState);
  return prepared;
}

/** Tags that open no nesting level: void elements, and those a sibling closes by implication (`<p>`, `<li>`). */
const FLAT_TAGS = wordSet(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot rt rp',
);
/** A tag up to its `>`, never past the next `<`: a `<` without a `>` after it costs one step, not a scan to the end. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g;

/**
 * Opening tags nested deeper than MAX_OPEN_ELEMENTS, and the closing tags that would end them, are
 * dropped (their text stays). htmlparser2 keeps its open elements in an array it shifts and searches
 * at every tag, so 320,000 unclosed `<div>`s took 161 s to parse; real pages stay far below the bound
 * and come out unchanged.
 */
function boundNesting(html: string): string {
  if (!nestsTooDeep(html)) return html;
  let depth = 0;
  let dropped = 0;
  let changed = false;
  const out = html.replace(TAG, (tag, slash: string, name: string) => {
    const lower = name.toLowerCase();
    if (FLAT_TAGS.has(lower) || tag.endsWith('/>')) return tag;
    if (!slash) {
      if (depth < MAX_OPEN_ELEMENTS) {
        depth++;
        return tag;
      }
      dropped++;
    } else if (dropped > 0) dropped--;
    else {
      if (depth > 0) depth--;
      return tag;
    }
    changed = true;
    return '';
  });
  return changed ? out : html;
}

/** Longest name in FLAT_TAGS ("optgroup"): a longer tag name is never flat, and is not looked up. */
const MAX_FLAT_NAME = 8;
/** A tag name of letters as a number, case-insensitively: letters are 1–26 in base 27 (exact for ≤ 11 letters). */
const nameKey = (name: string) => {
  let key = 0;
  for (let i = 0; i < name.length; i++) key = key * 27 + ((name.charCodeAt(i) | 32) - 96);
  return key;
};
/** FLAT_TAGS by nameKey: nestsTooDeep looks names up without slicing and lowercasing them. */
const FLAT_KEYS = new Set([...FLAT_TAGS].map(nameKey));

/**
 * Whether boundNesting would drop anything: the same reading of tags as TAG, by hand and without
 * building a string (the replace with a callback per tag was 7% of the extraction time; real pages
 * never reach the bound, so this scan is all they pay).
 */
function nestsTooDeep(html: string): boolean {
  let depth = 0;
  /** A '>' at or after the current tag's name, or -1 before the first search. */
  let gt = -1;
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i < n - 2) {
    let j = i + 1;
    const slash = html.charCodeAt(j) === 47;
    if (slash) j++;
    const first = html.charCodeAt(j) | 32;
    if (first < 97 || first > 122) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const nameStart = j;
    // The name's nameKey; NaN once it has a character other than a letter (never a flat tag).
    let key = first - 96;
    // [\w:-]*
    for (j++; j < n; j++) {
      const c = html.charCodeAt(j);
      if (!((c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45))
        break;
      const letter = (c | 32) - 96;
      key = letter >= 1 && letter <= 26 ? key * 27 + letter : Number.NaN;
    }
    const nameEnd = j;
    // [^<>]*> : the tag ends at the next '>' unless a '<' comes first. The '>' found is kept for
    // the next tags while it lies ahead, so that '<'s without a '>' do not rescan the page.
    if (gt < nameEnd) {
      gt = html.indexOf('>', nameEnd);
      if (gt < 0) return false;
    }
    i = html.indexOf('<', nameEnd);
    if (i >= 0 && i < gt) continue;
    if (html.charCodeAt(gt - 1) === 47) continue;
    if (nameEnd - nameStart <= MAX_FLAT_NAME && FLAT_KEYS.has(key)) continue;
    if (slash) {
      if (depth > 0) depth--;
    } else if (++depth > MAX_OPEN_ELEMENTS) return true;
  }
  return false;
}

/**
 * Where an element dropped before parsing ends (the index after it): a void element's tag end, read
 * with its quoted attribute values (`alt="a > b"`), or a container's matching closing tag. -1 when
 * the tag itself does not end within MAX_TAG_CHARS; 0 when a container is not closed in the page.
 */
function droppedEnd(raw: string, from: number, name: string): number {
  const limit = Math.min(raw.length, from + MAX_TAG_CHARS);
  let i = from;
  // As the HTML tokenizer reads it: a quote opens a value only right after `=` (and spaces), so a
  // stray one in `alt="12" Post"` is part of a name.
  let afterEquals = false;
  for (; i < limit; i++) {
    const c = raw.charCodeAt(i);
    if (c === 62) break;
    if (c === 61) afterEquals = true;
    else if (afterEquals && (c === 34 || c === 39)) {
      // A quoted value (a long `srcset`) is skipped in one search, within the tag's bound.
      const close = raw.slice(i + 1, limit).indexOf(c === 34 ? '"' : "'");
      if (close < 0) return -1;
      i += close + 1;
      afterEquals = false;
    } else if (c > 32) afterEquals = false;
  }
  if (i >= limit) return -1;
  if (VOID.has(name)) return i + 1;
  const tags = containerTags(name);
  tags.lastIndex = i + 1;
  let depth = 1;
  for (let t = tags.exec(raw); t; t = tags.exec(raw)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return t.index + t[0].length;
  }
  return 0;
}

/** How far before its "ld+json" a JSON-LD script's `<script` may start. */
const MAX_LD_OPENER_CHARS = 500;

/**
 * JSON-LD scripts in the dropped raw[from, to) → `out`. Only the container is searched (the
 * containers are apart, so no part of the page is read twice; a search of the page from the first
 * container on was a whole extra pass over it).
 */
function jsonLdWithin(raw: string, from: number, to: number, out: string[]): void {
  for (;;) {
    const found = raw.slice(from, to).indexOf('ld+json');
    if (found < 0) return;
    const at = from + found;
    const lead = Math.max(from, at - MAX_LD_OPENER_CHARS);
    const opener = raw.slice(lead, at).lastIndexOf('<script');
    const start = raw.indexOf('>', at) + 1;
    from = at + 7;
    if (opener < 0 || start <= 0 || start > to) continue;
    // Searched within the container only, so that no part of the page is read twice.
    const close = raw.slice(start, to).indexOf('</script');
    if (close < 0) return;
    if (close <= MAX_JSON_LD_CHARS) out.push(raw.slice(start, start + close));
    from = start + close;
  }
}

const CONTAINER_TAGS: Record<string, RegExp> = {};
const containerTags = (name: string) => {
  CONTAINER_TAGS[name] ??= new RegExp(`<(/)?${name}(?=[\\s/>])[^>]*>?`, 'gi');
  return CONTAINER_TAGS[name];
};

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined bytes stay C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/**
 * UTF-8 read as Latin-1 or Windows-1252 somewhere upstream, now in the page's own text: "’" stored
 * as "â€™" or as "â" and two C1 controls. A lead byte (Â–ô) and up to three continuation bytes
 * (0x80–0xBF, as Latin-1 or Windows-1252 characters).
 */
const MOJIBAKE = new RegExp(`[\u00c2-\u00f4][\u0080-\u00bf${CP1252_HIGH}]{1,3}`, 'g');
/** Cheap test before the repair: a lead byte followed by a C1 control or a Windows-1252 high character. */
const MOJIBAKE_HINT = new RegExp(`[\u00c2-\u00f4][\u0080-\u009f${CP1252_HIGH}]`);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Undo such double encoding where it is certain: the bytes form one valid UTF-8 character and one
 * of them is in 0x80–0x9F, which Latin text never shows (so "Ã©" in a real word is left alone).
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_HINT.test(text)) return text;
  return text.replace(MOJIBAKE, (m) => {
    const lead = m.charCodeAt(0);
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (m.length < need) return m;
    const bytes = new Uint8Array(need);
    let c1 = false;
    for (let i = 0; i < need; i++) {
      const code = m.charCodeAt(i);
      const high = code < 0x100 ? -1 : CP1252_HIGH.indexOf(m[i]!);
      bytes[i] = code < 0x100 ? code : 0x80 + high;
      if ((code >= 0x80 && code < 0xa0) || high >= 0) c1 = true;
    }
    if (!c1) return m;
    try {
      return strictUtf8.decode(bytes) + m.slice(need);
    } catch {
      return m;
    }
  });
}
