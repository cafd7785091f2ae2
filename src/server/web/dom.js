// Building the page from data, safely: text always goes in as text nodes (escaped by the browser),
// never as HTML, and links only to this site or to http(s) pages.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.setAttribute('class', value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** `el('a', {href: '#/x'}, 'text', child)`: an HTML element with attributes and children. */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** An external link only when it is an http(s) URL; otherwise the text alone. */
export function externalLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' }, text ?? url);
    }
  } catch {
    // not a URL: shown as text below
  }
  return el('span', {}, text ?? url);
}

export const routes = {
  article: (id) => `#/article/${encodeURIComponent(id)}`,
  entity: (id) => `#/entity/${encodeURIComponent(id)}`,
  story: (id) => `#/story/${encodeURIComponent(id)}`,
  search: (params) => `#/search?${new URLSearchParams(params)}`,
};

export async function getJson(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

export function section(title, ...children) {
  return el('section', { class: 'card' }, el('h2', {}, title), ...children);
}

export function chip(text, attrs = {}) {
  return el(
    attrs.href ? 'a' : 'span',
    { class: `chip ${attrs.class ?? ''}`, href: attrs.href, title: attrs.title },
    text,
  );
}

export function articleItem(item) {
  return el(
    'li',
    { class: 'result' },
    el('a', { href: routes.article(item.id), class: 'result-title' }, item.title ?? item.id),
    el(
      'div',
      { class: 'muted' },
      item.published ?? 'undated',
      item.storyId !== undefined
        ? [' · ', el('a', { href: routes.story(item.storyId) }, `story ${item.storyId}`)]
        : null,
      item.duplicates ? ` · ${item.duplicates} cop${item.duplicates === 1 ? 'y' : 'ies'}` : null,
    ),
    item.snippet ? el('p', { class: 'snippet' }, item.snippet) : null,
  );
}
