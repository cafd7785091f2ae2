/** Schema.org JSON-LD: the article object of a page, found among the page's JSON-LD blocks. */

export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  inLanguage?: string;
  url?: string;
  /** `articleBody`, or a Q&A page's question and answers: the text when the HTML has none (apps). */
  body?: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|WebPage|ItemPage|AboutPage|VideoObject|Recipe|Review|MedicalWebPage|DiscussionForumPosting|QAPage)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function flatten(v: Json, out: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(v)) for (const x of v) flatten(x, out, depth + 1);
  else if (isObject(v)) {
    out.push(v);
    const graph = v['@graph'];
    if (graph) flatten(graph, out, depth + 1);
    const main = v.mainEntity;
    if (isObject(main)) flatten(main, out, depth + 1);
  }
}

const str = (v: Json | undefined): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : Array.isArray(v) ? str(v[0]) : undefined;

function names(v: Json | undefined): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return names(v.name ?? null);
  return [];
}

/** Hand-written JSON-LD ends with a stray closing brace now and then: at most this many are dropped. */
const MAX_STRAY_CLOSERS = 3;

function lenientParse(text: string): Json | undefined {
  try {
    return JSON.parse(text);
  } catch {}
  let t = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  for (let i = 0; i <= MAX_STRAY_CLOSERS; i++) {
    try {
      return JSON.parse(t);
    } catch {}
    const cut = t.replace(/[}\]]\s*;?\s*$/, '');
    if (cut === t) return undefined;
    t = cut;
  }
  return undefined;
}

/** Parse JSON-LD blocks leniently (control characters, trailing commas and a stray closing brace are common). */
export function parseJsonLd(blocks: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const raw of blocks) {
    const text = raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!text) continue;
    const data = lenientParse(text);
    if (data !== undefined) flatten(data, out);
  }
  return out;
}

export function findJsonLdArticle(objects: JsonObject[]): JsonLdArticle | undefined {
  const rank = (o: JsonObject) => {
    const t = types(o);
    if (t.some((x) => /Article|Posting|Report/.test(x))) return 3;
    if (t.some((x) => ARTICLE_TYPES.test(x))) return 1;
    return 0;
  };
  const best = objects.filter((o) => rank(o) > 0).sort((a, b) => rank(b) - rank(a))[0];
  if (!best) return undefined;
  const withDate = objects.find((o) => rank(o) > 0 && str(o.datePublished));
  const publisher = best.publisher;
  return {
    headline: str(best.headline) ?? (rank(best) === 3 ? str(best.name) : undefined),
    authors: names(best.author ?? best.creator ?? null),
    datePublished: str(best.datePublished) ?? str(withDate?.datePublished) ?? str(best.dateCreated),
    dateModified: str(best.dateModified),
    publisher: isObject(publisher) ? str(publisher.name) : str(publisher),
    inLanguage: str(best.inLanguage),
    body: bodyOf(best),
    url: str(best.url) ?? (isObject(best.mainEntityOfPage) ? str(best.mainEntityOfPage['@id']) : undefined),
  };
}

/** Whether any object's @type matches `pattern`. */
export function hasJsonLdType(objects: JsonObject[], pattern: RegExp): boolean {
  return objects.some((o) => types(o).some((t) => pattern.test(t)));
}

export function jsonLdSiteName(objects: JsonObject[]): string | undefined {
  for (const o of objects)
    if (types(o).includes('WebSite') || types(o).includes('Organization')) {
      const n = str(o.name);
      if (n) return n;
    }
  return undefined;
}

function bodyOf(o: JsonObject): string | undefined {
  const body = str(o.articleBody);
  if (body) return body;
  const main = isObject(o.mainEntity) ? o.mainEntity : o;
  const parts = [str(main.text)];
  for (const key of ['acceptedAnswer', 'suggestedAnswer', 'comment']) {
    const v = main[key];
    for (const a of Array.isArray(v) ? v : [v]) if (isObject(a)) parts.push(str(a.text));
  }
  const text = parts.filter(Boolean).join('\n\n');
  return text || undefined;
}
