/**
 * The parsed page: htmlparser2's domhandler tree (about four times faster to build than linkedom's
 * DOM) and small helpers over it. Every walk here is iterative, so nesting depth cannot overflow
 * the stack.
 */
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';
import { DomHandler, Parser, QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export type { AnyNode, ChildNode, Document, Element };

/**
 * The attributes the extraction reads (dom-attributes.test.ts checks the sources against this
 * list); the parser keeps only these. Half of a page's markup is attribute values (`data-*` alone
 * is a tenth), and storing every attribute in each element's `attribs` (an object keyed by
 * hundreds of different names, a slow store) and decoding entities in values nobody reads was a
 * tenth of the parse.
 */
export const READ_ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'style',
  'hidden',
  'aria-hidden',
  'aria-labelledby',
  'itemprop',
  'itemtype',
  'datetime',
  'pubdate',
  'content',
  'name',
  'property',
  'http-equiv',
  'rel',
  'href',
  'lang',
  'xml:lang',
]);

const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
/**
 * An attribute name's hash, ASCII letters lowercased: names are told by it without slicing them out
 * of the page (a name outside READ_ATTRIBUTES that shares a hash with one in it is kept, harmlessly).
 */
function nameHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = (Math.imul(h, 31) + asciiLower(c)) | 0;
  }
  return h;
}
const READ_HASHES = new Set([...READ_ATTRIBUTES].map((name) => nameHash(name, 0, name.length)));

/** Tag and attribute names met so far, by nameHash: ASCII names in lower case, at most MAX_NAMES of them. */
const NAMES = new Map<number, string>();
const MAX_NAMES = 2_000;

/**
 * The name text[start, end) in lower case, as `text.slice(start, end).toLowerCase()` gives it: a
 * name met before is returned without slicing and lowercasing it again (the same string for every
 * `<div>` of every page, instead of a new one per tag).
 */
function lowerName(text: string, start: number, end: number): string {
  const hash = nameHash(text, start, end);
  const known = NAMES.get(hash);
  if (known !== undefined && known.length === end - start) {
    let i = 0;
    while (i < known.length && asciiLower(text.charCodeAt(start + i)) === known.charCodeAt(i)) i++;
    if (i === known.length) return known;
  }
  const name = text.slice(start, end).toLowerCase();
  if (known === undefined && NAMES.size < MAX_NAMES && /^[\x21-\x7e]+$/.test(name)) NAMES.set(hash, name);
  return name;
}

/** The private fields of htmlparser2's Tokenizer that the fast paths below read and move. */
interface TokenizerFields {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  state: number;
  sectionStart: number;
  isSpecial: boolean;
  cbs: TokenizerCallbacks;
}
type CharStep = (this: TokenizerFields, c: number) => void;

const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;
const EQ = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
/** The HTML tokenizer's whitespace: space, tab, line feed, form feed, carriage return. */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;

/**
 * htmlparser2's Tokenizer, stepping over the characters its states pass by in one loop: its main
 * loop dispatches on the state for every character of the page, and in text, tag and attribute
 * names and quoted values most characters change nothing. Each state below, given a character its
 * original ignores, moves on to just before the next character that it does not ignore; any other
 * character goes to the original. The tokens are the same, and the parse a fifth faster (WCXB dev:
 * 7.7 -> 6.0 s of CPU in a first pass over its 1,497 pages). Tags are read whole from their `<`
 * (readOpenTag, readCloseTag) instead of a state step per name, space, `=` and quote: the trees of
 * all WCXB dev pages are the same, and their parse a further fifth faster (3.4 -> 2.5 s of CPU).
 */
class PageTokenizer extends Tokenizer {}
const original = Tokenizer.prototype as unknown as Record<string, CharStep>;

/**
 * Where the run of characters from `from` on that a state ignores ends: the index of the next
 * character that `stops`, or the buffer's length.
 */
function runEnd(buffer: string, from: number, stops: (c: number) => boolean): number {
  let i = from;
  while (i < buffer.length && !stops(buffer.charCodeAt(i))) i++;
  return i;
}
const endsText = (c: number) => c === LT || c === AMP;
const endsDoubleQuoted = (c: number) => c === DOUBLE_QUOTE || c === AMP;
const endsSingleQuoted = (c: number) => c === SINGLE_QUOTE || c === AMP;
const endsTagName = (c: number) => c === GT || c === SLASH || isSpace(c);
const endsAttributeName = (c: number) => c === EQ || c === GT || c === SLASH || isSpace(c);
const endsClosingTagName = (c: number) => c === GT || isSpace(c);

/** htmlparser2's tokenizer states that the tag fast path below leaves the tokenizer in (its private `State` enum). */
const TEXT = 1;
const BEFORE_TAG_NAME = 2;
const IN_SELF_CLOSING_TAG = 4;
const BEFORE_ATTRIBUTE_NAME = 8;
const IN_ATTRIBUTE_NAME = 9;
const AFTER_ATTRIBUTE_NAME = 10;
const BEFORE_ATTRIBUTE_VALUE = 11;
const IN_ATTRIBUTE_VALUE_DQ = 12;
const IN_ATTRIBUTE_VALUE_SQ = 13;

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Tag names the tokenizer reads as raw text up to their closing tag (its special states); the fast path leaves them to it. */
const SPECIAL_TAGS = ['script', 'style', 'title', 'textarea', 'xmp'];
function isSpecialTag(buffer: string, start: number, end: number): boolean {
  const first = buffer.charCodeAt(start) | 32;
  if (first !== 115 && first !== 116 && first !== 120) return false;
  for (const name of SPECIAL_TAGS) {
    if (name.length !== end - start) continue;
    let i = 0;
    while (i < name.length && (buffer.charCodeAt(start + i) | 32) === name.charCodeAt(i)) i++;
    if (i === name.length) return true;
  }
  return false;
}

/** Leaves the tokenizer in `state` with the character at `at` (in the buffer) still to read. */
function leave(t: TokenizerFields, state: number, at: number): void {
  t.state = state;
  t.index = at - 1 + t.offset;
}

/**
 * An opening tag read in one call, from its name (at `t.index`) to its `>`, emitting the callbacks
 * htmlparser2's states would, in the same order and with the same positions. Where a state would
 * do anything but the plain steps (an entity in a value that is decoded, an unquoted value, the
 * end of the buffer), the tokenizer is left in that state just before that character, and its own
 * loop reads on from there.
 */
function readOpenTag(t: TokenizerFields): void {
  const buffer = t.buffer;
  const off = t.offset;
  const start = t.index - off;
  let nameEnd = start + 1;
  while (nameEnd < buffer.length && !endsTagName(buffer.charCodeAt(nameEnd))) nameEnd++;
  if (t.isSpecial || nameEnd >= buffer.length || isSpecialTag(buffer, start, nameEnd)) {
    // The original: reading on in the tag name, or the special states.
    t.state = BEFORE_TAG_NAME;
    original.stateBeforeTagName!.call(t, buffer.charCodeAt(start));
    return;
  }
  t.cbs.onopentagname(start + off, nameEnd + off);
  t.sectionStart = -1;
  let i = nameEnd;
  for (;;) {
    // Before an attribute's name.
    while (i < buffer.length && isSpace(buffer.charCodeAt(i))) i++;
    if (i >= buffer.length) {
      leave(t, BEFORE_ATTRIBUTE_NAME, i);
      return;
    }
    let c = buffer.charCodeAt(i);
    if (c === GT) {
      t.cbs.onopentagend(i + off);
      t.state = TEXT;
      t.sectionStart = i + 1 + off;
      t.index = i + off;
      return;
    }
    if (c === SLASH) {
      if (buffer.charCodeAt(i + 1) !== GT) {
        leave(t, IN_SELF_CLOSING_TAG, i + 1);
        return;
      }
      t.cbs.onselfclosingtag(i + 1 + off);
      t.state = TEXT;
      t.sectionStart = i + 2 + off;
      t.isSpecial = false;
      t.index = i + 1 + off;
      return;
    }
    // The attribute's name.
    const nameStart = i;
    for (i++; i < buffer.length && !endsAttributeName(buffer.charCodeAt(i)); i++);
    if (i >= buffer.length) {
      t.sectionStart = nameStart + off;
      leave(t, IN_ATTRIBUTE_NAME, i);
      return;
    }
    t.cbs.onattribname(nameStart + off, i + off);
    t.sectionStart = i + off;
    // After it.
    while (i < buffer.length && isSpace(buffer.charCodeAt(i))) i++;
    if (i >= buffer.length) {
      leave(t, AFTER_ATTRIBUTE_NAME, i);
      return;
    }
    c = buffer.charCodeAt(i);
    if (c !== EQ) {
      // No value: the next character is `/`, `>` or the next attribute's name.
      t.cbs.onattribend(QuoteType.NoValue, t.sectionStart);
      t.sectionStart = -1;
      continue;
    }
    // Before the value.
    i++;
    while (i < buffer.length && isSpace(buffer.charCodeAt(i))) i++;
    c = buffer.charCodeAt(i);
    if (c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) {
      leave(t, BEFORE_ATTRIBUTE_VALUE, i);
      return;
    }
    const valueStart = i + 1;
    let end = valueStart;
    if (t.decodeEntities) {
      while (end < buffer.length && buffer.charCodeAt(end) !== c && buffer.charCodeAt(end) !== AMP) end++;
    } else end = buffer.indexOf(c === DOUBLE_QUOTE ? '"' : "'", valueStart);
    if (end < 0 || end >= buffer.length || buffer.charCodeAt(end) !== c) {
      t.sectionStart = valueStart + off;
      leave(
        t,
        c === DOUBLE_QUOTE ? IN_ATTRIBUTE_VALUE_DQ : IN_ATTRIBUTE_VALUE_SQ,
        end < 0 ? buffer.length : end,
      );
      return;
    }
    t.cbs.onattribdata(valueStart + off, end + off);
    t.sectionStart = -1;
    t.cbs.onattribend(c === DOUBLE_QUOTE ? QuoteType.Double : QuoteType.Single, end + 1 + off);
    i = end + 1;
  }
}

/**
 * A closing tag `</name>` read in one call (`t.index` at its `/`), with the callback and end state
 * htmlparser2's states give it; false, and nothing read, for any other form.
 */
function readCloseTag(t: TokenizerFields): boolean {
  const buffer = t.buffer;
  const start = t.index - t.offset + 1;
  if (!isAsciiLetter(buffer.charCodeAt(start))) return false;
  let end = start + 1;
  while (end < buffer.length && !endsClosingTagName(buffer.charCodeAt(end))) end++;
  if (buffer.charCodeAt(end) !== GT) return false;
  t.cbs.onclosetag(start + t.offset, end + t.offset);
  t.state = TEXT;
  t.sectionStart = end + 1 + t.offset;
  t.index = end + t.offset;
  return true;
}

/** Moves the tokenizer to the last character it would pass by before the one at `end`. */
function passTo(t: TokenizerFields, end: number): void {
  t.index = end - 1 + t.offset;
}
const from = (t: TokenizerFields) => t.index + 1 - t.offset;

Object.assign(PageTokenizer.prototype, {
  stateBeforeTagName(this: TokenizerFields, c: number) {
    if (isAsciiLetter(c)) readOpenTag(this);
    else if (c !== SLASH || !readCloseTag(this)) original.stateBeforeTagName!.call(this, c);
  },
  stateText(this: TokenizerFields, c: number) {
    if (endsText(c) || !this.decodeEntities) original.stateText!.call(this, c);
    else passTo(this, runEnd(this.buffer, from(this), endsText));
  },
  stateInAttributeValueDoubleQuotes(this: TokenizerFields, c: number) {
    if (endsDoubleQuoted(c) || !this.decodeEntities)
      original.stateInAttributeValueDoubleQuotes!.call(this, c);
    else passTo(this, runEnd(this.buffer, from(this), endsDoubleQuoted));
  },
  stateInAttributeValueSingleQuotes(this: TokenizerFields, c: number) {
    if (endsSingleQuoted(c) || !this.decodeEntities)
      original.stateInAttributeValueSingleQuotes!.call(this, c);
    else passTo(this, runEnd(this.buffer, from(this), endsSingleQuoted));
  },
  stateInTagName(this: TokenizerFields, c: number) {
    if (endsTagName(c)) original.stateInTagName!.call(this, c);
    else passTo(this, runEnd(this.buffer, from(this), endsTagName));
  },
  stateInAttributeName(this: TokenizerFields, c: number) {
    if (endsAttributeName(c)) original.stateInAttributeName!.call(this, c);
    else passTo(this, runEnd(this.buffer, from(this), endsAttributeName));
  },
  stateInClosingTagName(this: TokenizerFields, c: number) {
    if (endsClosingTagName(c)) original.stateInClosingTagName!.call(this, c);
    else passTo(this, runEnd(this.buffer, from(this), endsClosingTagName));
  },
});

/** The fast paths only where htmlparser2's tokenizer still has the states they replace (a later version may not). */
const FAST_STATES = Object.keys(Object.getOwnPropertyDescriptors(PageTokenizer.prototype)).filter(
  (k) => k !== 'constructor',
);
const fastTokenizer = FAST_STATES.every((state) => typeof original[state] === 'function');
const PARSER_OPTIONS = {
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  Tokenizer: fastTokenizer ? PageTokenizer : Tokenizer,
};

/** What Parser's onopentagname and onattribname do with a name, private in its types. */
interface ParserInternals {
  emitOpenTag(name: string): void;
  attribname: string;
}
/** The names from lowerName only where htmlparser2's Parser still opens tags as they expect (a later version may not). */
const namesFastPath =
  typeof (Parser.prototype as unknown as Partial<ParserInternals>).emitOpenTag === 'function';

/** htmlparser2's own tokenizer switch, private in its types: off, values are skipped without decoding entities. */
type EntitySwitch = { tokenizer: { decodeEntities: boolean } };

/**
 * htmlparser2's Parser with the attributes outside READ_ATTRIBUTES skipped: their values are not
 * decoded, collected nor stored. Everything else (tags, text, entities in text, kept attributes)
 * is parsed exactly as by `parseDocument`.
 */
class PageParser extends Parser {
  private skipping = false;
  constructor(
    handler: DomHandler,
    private readonly html: string,
  ) {
    super(handler, PARSER_OPTIONS);
  }
  override onopentagname(start: number, endIndex: number): void {
    if (!namesFastPath) {
      super.onopentagname(start, endIndex);
      return;
    }
    this.endIndex = endIndex;
    (this as unknown as ParserInternals).emitOpenTag(lowerName(this.html, start, endIndex));
  }
  override onattribname(start: number, endIndex: number): void {
    if (READ_HASHES.has(nameHash(this.html, start, endIndex))) {
      if (!namesFastPath) {
        super.onattribname(start, endIndex);
        return;
      }
      this.startIndex = start;
      (this as unknown as ParserInternals).attribname = lowerName(this.html, start, endIndex);
      return;
    }
    this.skipping = true;
    // Outside entities the tokenizer runs to the closing quote in one loop instead of a state step per character.
    (this as unknown as EntitySwitch).tokenizer.decodeEntities = false;
  }
  override onattribdata(start: number, endIndex: number): void {
    if (!this.skipping) super.onattribdata(start, endIndex);
  }
  override onattribentity(cp: number): void {
    if (!this.skipping) super.onattribentity(cp);
  }
  override onattribend(quote: QuoteType, endIndex: number): void {
    if (!this.skipping) {
      super.onattribend(quote, endIndex);
      return;
    }
    this.skipping = false;
    (this as unknown as EntitySwitch).tokenizer.decodeEntities = true;
    this.endIndex = endIndex;
  }
}

/** domhandler's tree builder, keeping its elements as it makes them: in document order. */
class PageHandler extends DomHandler {
  readonly elements: Element[] = [];
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    this.elements.push(this.tagStack[this.tagStack.length - 1] as Element);
  }
}

/** A parsed page: its tree, and its elements in document order (what allElements finds, without the walk). */
export interface ParsedPage {
  doc: Document;
  elements: Element[];
}

/** The page as a domhandler tree (tag and attribute names in lower case, only READ_ATTRIBUTES kept). */
export function parsePage(html: string): ParsedPage {
  const handler = new PageHandler();
  new PageParser(handler, html).end(html);
  return { doc: handler.root, elements: handler.elements };
}

export function parseHtml(html: string): Document {
  return parsePage(html).doc;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
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

/**
 * Text content with whitespace collapsed. With `maxChars`, the reading stops once more than that
 * many non-space characters are read: callers that drop longer text (a byline, a date line) learn
 * that it is too long without reading a whole container.
 */
export function textOf(root: AnyNode, maxChars?: number): string {
  return withoutSoftHyphens(rawText(root, maxChars)).replace(/\s+/g, ' ').trim();
}

/**
 * Text without soft hyphens (U+00AD, `&shy;`): they only mark where a browser may break a word and
 * are invisible otherwise, so "Assis&shy;tance" is read, matched and counted as "Assistance"
 * (a word cut in two confuses the tokenizer and entity tagger downstream). WCXB scores one page
 * lower for it (its reference keeps the soft hyphens, and the scorer splits words at them).
 */
export function withoutSoftHyphens(text: string): string {
  return text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
}

function nonSpaceChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Elements whose content is set apart from its neighbours' (inline ones such as <span> are not). */
const SEPARATE = new Set([
  'br',
  'p',
  'div',
  'li',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'dt',
  'dd',
  'time',
]);

/**
 * Text of a subtree. Block elements are spaced; at an inline element's edge the text joins up when
 * it goes on in lower case or with punctuation ("C<span>ycle</span>" is "Cycle"), and is spaced
 * otherwise ("<span>Alternatives</span><span>Top picks</span>", styled as two lines).
 */
export function rawText(root: AnyNode, maxChars = Number.POSITIVE_INFINITY): string {
  const parts: string[] = [];
  let read = 0;
  let last = '';
  let edge = false;
  const stack: (AnyNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      parts.push(' ');
      last = ' ';
      continue;
    }
    if (!node) continue;
    if (node.type === 'text') {
      const data = node.data;
      if (!data) continue;
      if (edge && /[\p{L}\p{N}]$/u.test(last) && !/^[\s\p{Ll}\p{P}]/u.test(data)) parts.push(' ');
      parts.push(data);
      last = data;
      edge = false;
      if (maxChars < Number.POSITIVE_INFINITY) {
        read += nonSpaceChars(data);
        if (read > maxChars) break;
      }
    } else if ('children' in node && node.type !== 'script' && node.type !== 'style') {
      if (node.type === 'tag' && SEPARATE.has(node.name)) {
        parts.push(' ');
        last = ' ';
        stack.push(null);
      } else edge = true;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join('');
}

/** Non-space characters of the text under `root` (scripts and styles left out), counted up to just over `max`. */
export function textChars(root: AnyNode, max = Number.POSITIVE_INFINITY): number {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length && n <= max) {
    const node = stack.pop()!;
    if (node.type === 'text') n += nonSpaceChars(node.data);
    else if ('children' in node && node.type !== 'script' && node.type !== 'style')
      for (const c of node.children) stack.push(c);
  }
  return n;
}

/**
 * Whether the element's class or its id matches `pattern` (not global): the two tested apart, as one
 * string "class id" was built for every element with either (a pattern for a word between
 * separators matches that string exactly when it matches one of them).
 */
export function classOrIdMatches(el: Element, pattern: RegExp): boolean {
  const { class: cls, id } = el.attribs;
  return (cls !== undefined && pattern.test(cls)) || (id !== undefined && pattern.test(id));
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
