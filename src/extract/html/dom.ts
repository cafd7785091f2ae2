/**
 * The parsed page: htmlparser2's domhandler tree (about four times faster to build than linkedom's
 * DOM) and small helpers over it. Every walk here is iterative, so nesting depth cannot overflow
 * the stack.
 */
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { AnyNode, ChildNode, Document, Element };

export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** All elements in document order. */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) out.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

export function elementsByTag(root: AnyNode, ...names: string[]): Element[] {
  return allElements(root).filter((el) => names.includes(el.name));
}

/** Text content with whitespace collapsed. */
export function textOf(root: AnyNode): string {
  return rawText(root).replace(/\s+/g, ' ').trim();
}

export function rawText(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data);
    else if ('children' in node && node.type !== 'script' && node.type !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join(' ');
}

/** Depth of the deepest element (iterative). */
export function maxDepth(root: AnyNode): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if ('children' in node) for (const c of node.children) if (isElement(c)) stack.push([c, d + 1]);
  }
  return max;
}

export function closest(el: Element, test: (e: Element) => boolean): Element | undefined {
  for (let p: AnyNode | null = el; p; p = p.parent) if (isElement(p) && test(p)) return p;
  return undefined;
}

export function removeNode(node: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i >= 0) parent.children.splice(i, 1);
  node.parent = null;
}
