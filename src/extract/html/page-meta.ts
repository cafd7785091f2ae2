/** `<meta>`, `<link rel>`, `<title>` and `<html lang>` of a page, collected in one pass. */
import { allElements, type Document, type Element, textOf } from './dom.js';

export interface PageMeta {
  /** Lowercased `name`/`property`/`itemprop`/`http-equiv` → content values, in document order. */
  meta: Map<string, string[]>;
  links: Map<string, string>;
  title?: string;
  htmlLang?: string;
  /** Every element, in document order (reused by other metadata finders). */
  elements: Element[];
}

/** `elements`: the page's elements in document order when the caller has them (see parsePage). */
export function readPageMeta(doc: Document, elements = allElements(doc)): PageMeta {
  const meta = new Map<string, string[]>();
  const links = new Map<string, string>();
  let title: string | undefined;
  let htmlLang: string | undefined;
  for (const el of elements) {
    if (el.name === 'meta') {
      const content = el.attribs.content?.trim();
      if (!content) continue;
      for (const key of [
        el.attribs.name,
        el.attribs.property,
        el.attribs.itemprop,
        el.attribs['http-equiv'],
      ]) {
        if (!key) continue;
        const k = key.toLowerCase().trim();
        const list = meta.get(k);
        if (list) list.push(content);
        else meta.set(k, [content]);
      }
    } else if (el.name === 'link') {
      const rel = el.attribs.rel?.toLowerCase();
      const href = el.attribs.href?.trim();
      if (rel && href && !links.has(rel)) links.set(rel, href);
    } else if (el.name === 'title' && title === undefined) {
      if (!el.parent || (el.parent as Element).name !== 'svg') title = textOf(el) || undefined;
    } else if (el.name === 'html' && htmlLang === undefined) {
      htmlLang = el.attribs.lang ?? el.attribs['xml:lang'];
    }
  }
  return { meta, links, title, htmlLang, elements };
}

export function firstMeta(page: PageMeta, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = page.meta.get(k)?.[0];
    if (v) return v;
  }
  return undefined;
}
