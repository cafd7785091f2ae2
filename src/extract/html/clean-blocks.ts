/**
 * From the blocks of the chosen subtree to the article body: drop what is not article text, each
 * with its reason (boilerplate lines, link lists, credit lines, trailers), move figure captions and
 * photo/wire credits to their own fields.
 */
import { BOILERPLATE_TEXT, RELATED_LINE, WIDGET_TEXT } from './boilerplate.js';
import type { RawBlock, RemovedReason } from './html-to-blocks.js';

export interface CleanBlock {
  kind: 'heading' | 'paragraph' | 'quote' | 'list';
  text: string;
}
export interface Cleaned {
  blocks: CleanBlock[];
  captions: { text: string; credit?: string }[];
  credits: string[];
  removed: { text: string; reason: RemovedReason }[];
}

/** A block whose text is more than this share link text is a link list (related stories, tags, menus). */
export const MAX_LINK_DENSITY = 0.6;
/** Headings more link than this are teasers ("<h3><a>Other story</a></h3>"). */
export const MAX_HEADING_LINK_DENSITY = 0.8;

const WIRES =
  /\b(AP|Associated Press|Reuters|AFP|Agence France-Presse|dpa|Bloomberg|UPI|EFE|ANSA|Xinhua|PA Media|Getty Images|EPA|Shutterstock)\b/;
const PHOTO_CREDIT =
  /\(((?:AP|Reuters|AFP|EPA|Getty Images|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})(?: Photo)?\s*\/\s*[^)]{2,60}|(?:Photo|Image|Credit|Foto)s?:[^)]{2,60})\)\s*$/;
const CREDIT_LINE =
  /^((photo|image|picture|illustration|video|graphic|foto)s?( credit)?|credit)\s*[:/]\s*\S.{0,80}$/i;
/** A photo credit standing alone under a picture: "Victor Virgile/Getty Images", "WWD/Getty Images via AP". */
const AGENCY_CREDIT_LINE =
  /^[^/\n]{1,60}\s?\/\s?(Getty Images|AFP|AP( Photo)?|Reuters|EPA(-EFE)?|Shutterstock|Alamy|WireImage|FilmMagic|Invision|Bloomberg|Sipa USA)\b.{0,40}$/;
const DATELINE_WIRE = /^[\p{Lu}][\p{Lu}\p{Lt} .,'-]{1,60}\((AP|Reuters|AFP|dpa|UPI|Bloomberg|EFE)\)\s*[—–-]/u;
/** Headings (or short "More on X:" lines) that open a block of links to other stories: the section goes. */
const RELATED_SECTION =
  /^(read next|up next|don'?t miss|related( articles| stories| content| posts| reading| news| coverage)?|more (on|from|about|in|stories|news|articles|coverage|to read|like this)\b.{0,40}|you (may|might) (also )?(like|enjoy|be interested)\b.{0,30}|recommended( for you| reading| stories)?|(most )?popular( now| stories| posts)?|trending( now| stories)?|latest( news| stories| posts)?|most (read|viewed|shared)|also read|further reading|explore more|keep reading|what to read next|editors?'?s?'? (picks|recommendations)|recommended by (our )?editors|top stories|in other news|other stories)\s*:?$/i;
/**
 * A short line that is a date stamp or a byline, both kept as metadata rather than body: "Updated
 * Dec 3", "By Ann Lee and Bo Kim", "By Ann Lee • December 21, 2023", "3d ago / 9:59 AM UTC".
 */
const STAMP_LINE =
  /^(\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){1,3}\s+[-–—|•·]\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|([Pp]ublished|[Pp]osted|[Uu]pdated|[Ll]ast [Uu]pdated|[Mm]odified|[Cc]reated)( on| at)?:?\s.{0,80}|\d{1,2}\s?(s|m|h|d|w|mins?|hours?|days?) ago\b.{0,30}|[Bb]y\s+\p{Lu}[\p{L}.'-]*(\s+[\p{Lu}][\p{L}.'-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]*(\s+[\p{Lu}][\p{L}.'-]*){0,3})*\.?(\s*[•|·]\s*.{1,40})?)$/u;
/**
 * A call to sign up for a newsletter or have news sent to the reader's inbox ("Want more movie news?
 * Sign up for …'s free newsletter", "Get local news delivered to your inbox!"), a sentence that opens
 * with the call, or a newsletter box's heading ("Top Gear Newsletter"), in a short block that is not
 * a list (MAX_PROMO_CHARS). WCXB dev articles 0.9570 -> 0.9571, all pages 0.8541 -> 0.8545 (16 pages,
 * 3 lower), NAEB 0.9317 -> 0.9320 (11 pages, 2 lower: a reference keeps a magazine's newsletter
 * call). Any mention of a newsletter or an inbox also took prose ("signing up for a newsletter").
 */
const NEWSLETTER_PROMO =
  /(^|[.?!:]\s+)(sign up|subscribe|join|get|receive)\b[^.?!]{0,100}\b(newsletters?|inbox)\b|^[\p{L}\p{N}' ]{0,40} newsletter$/iu;
const MAX_PROMO_CHARS = 250;
/**
 * A call to follow the site elsewhere or to pay for it, in a short block: "Follow Mirror Celebs on
 * Snapchat, Instagram …", "For more Media coverage, visit example.com/media", "Listen to Short Wave on
 * Spotify and Apple Podcasts", "… Support our newsroom by contributing as little as $1 a month".
 * NAEB 0.93395 -> 0.93410 (6 pages, none lower), WCXB dev articles 0.95864 -> 0.95866, all pages
 * 0.85675 -> 0.85676 (one page).
 */
const CHANNEL_PROMO =
  /^(\*?\s*follow .{0,60} on (snapchat|instagram|twitter|facebook|x|tiktok|youtube|threads)\b.*|for more .{0,80}(coverage|news|stories),? (visit|go to|head to) \S+|listen (to|on) .{0,60}(spotify|apple podcasts|google podcasts|wherever you get your podcasts).*|.*\bsupport our newsroom\b.*)$/i;
/**
 * Blocks that are no one's text: a template's placeholder ("Lorem ipsum dolor sit amet …") and a
 * widget's settings printed as JSON ('{"layoutMobile":2,"buttonText":"Buy now", …}'), outside a
 * <pre> (where JSON is a tutorial's example). WCXB dev articles 0.9579 -> 0.9584 (2 pages), all pages
 * 0.8563 -> 0.8562 (5 pages: a catalogue whose only text was its grid widget's JSON, 0.67 -> 0), NAEB
 * unchanged.
 */
const NOT_TEXT = /^(lorem ipsum\b|\{\s*"[\w-]+"\s*:)/i;
/**
 * Two or more teasers in one block, each cut short and followed by its link ("XIMEA, a pioneer in
 * high speed interfaces, developed new models for... Read More Teledyne DALSA, …... Read More"): a
 * box of other stories, whatever its links count.
 */
const TEASER_RUN = /(\.\.\.|…)\s*read more\b[\s\S]*(\.\.\.|…)\s*read more\b/i;
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/**
 * Lines of a forum post's furniture, not its text: the member card ("Posts: 1,204", "Joined",
 * "Reaction score", "12 likes", "3 silver badges 5 bronze badges", "Offline"), the quote folder
 * ("Click to expand..."), a bare date stamp over a post ("Oct 12, 2023"), a Q&A site's "answered …"
 * lines and closing prompts, and a catalogue tile's labels ("Best seller", "Quick view"). They come in
 * lines of their own, in a list or between <br>s, so they are matched line by line. Measured on the
 * blocks of the extraction: WCXB dev all pages 0.8484 -> 0.8490 with the member card, quote folder
 * and date stamp (105 pages touched, 90 higher, 8 lower by at most 0.03), articles 0.9500 -> 0.9501,
 * NAEB 0.9183 -> 0.9184; the Q&A lines, member ranks and tile labels then 0.8490 -> 0.8495 (85 pages
 * touched, 65 higher, 14 lower by at most 0.04), articles and NAEB unchanged; reputation counts,
 * staff ranks and reply buttons then 0.8500 -> 0.8501 (27 pages touched, 23 higher, none lower). (Bare counts
 * such as "1,204" were left in: 21 pages higher, 6 lower, among them articles.)
 */
const POST_FURNITURE_LINE = new RegExp(
  `^(${[
    'click to expand\\.*',
    '(posts|messages|joined|join date|reaction score|points|likes received|trophy points|best answers|threads|reputation|solutions|kudos)\\s*:?\\s*[\\d,.]*k?',
    '[\\d,.]+k?\\s*(likes?|posts|replies|messages|points|reactions?|upvotes?|votes?|comments?)',
    '([\\d,.]+k?)?([\\d,.]+k?\\s*(gold|silver|bronze)\\s+badges?\\s*)+',
    // A member's reputation or follower count ("7.1k"), rank, and a post's reply and link buttons.
    '[\\d.]+k',
    'moderator|administrator|admin|premium member|supporting member|registered user|reply #?\\d*|reply with quote #?\\d*|link to post',
    '(\\w\\s+)?(offline|online)',
    `${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}`,
    // Q&A sites: "answered Mar 5, 2019 at 10:22" under a post, and the closing prompts.
    '(asked|answered|edited|modified|commented|viewed)\\s+.{0,30}\\d{4}( at \\d{1,2}:\\d{2})?',
    'start asking to get answers|find the answer to your question by asking\\.?|explore related questions|see similar questions with these tags\\.?',
    'reply with quote|share on other sites|original poster|report inappropriate content|(last )?edited by.{0,40}|wrote on last edited by.{0,40}',
    '(senior|well-known|established|new|active|junior|full) member|\\d+ (years?|months?|days?|hours?) ago',
    // Product tiles in a catalogue.
    'top rated|new arrivals?|best ?sellers?|unit price\\s*/\\s*per|sold out|on sale|sale|compare|quick (view|shop|add)|add to (cart|bag|basket|wishlist)|choose options|select options',
  ].join('|')})$`,
  'i',
);

/**
 * A reporter's note under the story, with an email address: "Jim Walsh is a senior reporter for the
 * Courier-Post … Email: …", "Kaitlyn McCormick writes about trending issues … email her at …". An end
 * marker like END_MARKER: NAEB 0.9260 -> 0.9267 (4 pages, none lower), WCXB unchanged.
 */
const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+){1,3} (is an?|writes|covers|reports)\b.{0,300}\S+@\S+\.\w+/u;

/**
 * Lines that end an article; they and everything after them go (when in the second half of the body).
 * A footnotes heading and a press-release page's source and citation notes too: WCXB dev articles
 * 0.9530 -> 0.9532, all pages 0.8513 -> 0.8514, NAEB 0.9260 -> 0.9265 (3 pages, none lower).
 * A newsletter promo may ask politely, set off by asterisks ("***Please sign up for CBN Newsletters").
 * A wire note or an editor's note closing the story ("—Field Level Media", "Contributing: Associated
 * Press; …", "Editor's Note: …", "Updated to add comments from …", "This episode was produced by …"),
 * and a contact line set off by a bullet: NAEB 0.93363 -> 0.93395 (6 pages, none lower), WCXB dev
 * articles 0.95864 and all pages 0.85675 (one page higher by 0.003).
 * A bibliography's heading ("References", "Sources", "Article Sources", "Works cited"): WCXB dev
 * articles 0.95860 -> 0.95864, all pages 0.85636 -> 0.85640, NAEB 0.93309 -> 0.93357 (WCXB: 14 pages,
 * 7 lower: the references disagree on bibliographies, a third of them keeping one).
 */
const END_MARKER =
  /^(more (on|from) [\p{L}\p{N} &'-]{1,40}:$|our (\d{4} )?(journalism|coverage|reporting) needs (you|your support)|this document is subject to copyright|citation:|if you purchase a product or register for an account|[—–•-]?\s*\w[\w .'-]{2,40} (may|can) be reached at|editor['’]s note:|updated to (add|include|reflect|clarify|correct)\b|[—–-]\s*field level media$|contributing:|this (episode|story|segment) was (produced|edited|reported) by\b|contact (reporter |writer )?\p{Lu}[\p{L} .'-]{2,40} at \S+@\S+|reprints? (and|&) permissions|get the latest .{0,40} (news|headlines|updates)|(\**\s*please )?sign up for .{0,60}newsletter|never miss a story|support (independent|our) journalism|have a (news )?tip\b|got a (news )?tip\b|write to .{0,40} at .{0,40}@|about the author\b|footnotes$|(article )?sources:?$|references:?$|bibliography:?$|works cited:?$|story source:$|cite this page:$)/iu;
/**
 * A copyright line in the second half of the body is the site's footer: what follows it goes too, as
 * after an END_MARKER (contact boxes, office addresses, menus). WCXB dev all pages 0.8528 -> 0.8535,
 * articles 0.9561 -> 0.9562, NAEB 0.9307 -> 0.9308 (21 pages touched, 3 lower, a man page's
 * copyright section by 0.05).
 */
const COPYRIGHT_LINE = /^(©|\(c\)|copyright\b)|all rights reserved\.?$/i;
const TRAILER =
  /^(©|\(c\)|copyright\b|.{0,80}all rights reserved|more information:|journal information:|provided by\b|this (article|story) (was|has been|is) (originally |first )?(published|republished|updated)|this material may not be published|tags?:|filed under|topics?:|related topics|share this|follow .{0,40} on (twitter|facebook|x)\b)/i;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A credit line standing alone is this short; a caption ending in a credit ("… (Jane Roe/Getty Images)") this long. */
const MAX_CREDIT_LINE = 80;
const MAX_CREDITED_CAPTION = 300;
/**
 * What a picture's credit names: the word for it or an agency, or a person and an organisation
 * ("Terrence Antonio James/Chicago Tribune", not an acronym pair such as "CI/CD").
 */
const PICTURE_CREDIT =
  /\b(photo|image|picture|getty|reuters|ap|afp|epa|shutterstock|alamy|courtesy)|^\p{Lu}\p{Ll}+( \p{Lu}[\p{L}.'-]*)+\s*\/\s*\p{Lu}\p{Ll}/iu;

/**
 * A credit line ("(AP Photo/Jane Roe)"), or a caption left in the text above or in the story that
 * ends in a picture's credit: "Pistons guard … drives against … (Gregory Shamus/Getty Images)".
 * NAEB 0.9322 -> 0.9324 (2 pages, one site), WCXB dev articles 0.9579 and all pages 0.8563 unchanged
 * (2 pages lower by at most 0.006: a listing's teaser, a plant's names "(Arrowhead Plant / Butterfly
 * plant)"). Any credit at that length also took "(CI/CD)" from service pages.
 */
function photoCaption(text: string): boolean {
  if (text.length >= MAX_CREDITED_CAPTION) return false;
  const m = PHOTO_CREDIT.exec(text);
  return !!m && (text.length < MAX_CREDIT_LINE || PICTURE_CREDIT.test(m[1]!));
}

function wireOf(text: string): string | undefined {
  const m = WIRES.exec(text);
  if (!m) return undefined;
  return m[1] === 'Associated Press' ? 'AP' : m[1] === 'Agence France-Presse' ? 'AFP' : m[1];
}

interface Kept extends CleanBlock {
  level?: number;
  /** Mostly links: dropped unless the page is a link hub (see keepLinkHub). */
  linkList?: boolean;
}

export interface CleanOptions {
  /**
   * Whether the page presents itself as an article: JSON-LD article markup, og:type "article", or a
   * publication date. Pages that do not (catalogues, listings, category pages) may be link hubs at
   * any length (see NON_ARTICLE_HUB_SHARE). Default true.
   */
  article?: boolean;
  /** The page's authors ("Jane Doe, John Roe"), whose bio under the story ends it (see bioOpening). */
  byline?: string;
}

export function cleanBlocks(raw: RawBlock[], title?: string, options?: CleanOptions): Cleaned {
  const out: Cleaned = { blocks: [], captions: [], credits: [], removed: [] };
  const kept: Kept[] = [];
  const credits = new Set<string>();
  const titleKey = title ? norm(title) : '';
  const drop = (text: string, reason: RemovedReason) => out.removed.push({ text, reason });
  /** Heading level of an open related-links section (7 for one opened by a plain line), or 0. */
  let relatedSection = 0;
  for (const b of raw) {
    const text = b.text;
    if (b.kind === 'caption' || b.reason === 'caption') {
      addCaption(out, credits, text);
      continue;
    }
    if (b.reason) {
      drop(text, b.reason);
      continue;
    }
    if (b.kind === 'heading') {
      if (relatedSection && (b.level ?? 6) <= relatedSection) relatedSection = 0;
      if (titleKey && norm(text) === titleKey) continue;
    }
    const density = b.linkChars / Math.max(1, text.length);
    // Prose after a "Read next" box under a heading is the article going on (the box was a list of
    // links), in a paragraph or a list of prose: WCXB dev all pages 0.85640 -> 0.85675, NAEB 0.93357 ->
    // 0.93363 (3 pages, none lower), articles unchanged.
    if (
      relatedSection &&
      (b.kind === 'paragraph' || b.kind === 'list') &&
      text.length >= 150 &&
      density < 0.2
    ) {
      relatedSection = 0;
    }
    if (relatedSection) {
      drop(text, 'related-links');
      continue;
    }
    if (RELATED_SECTION.test(text) && (b.kind === 'heading' || text.length < 60)) {
      relatedSection = b.kind === 'heading' ? (b.level ?? 6) : 7;
      drop(text, 'related-links');
    } else if (
      BOILERPLATE_TEXT.test(text) ||
      WIDGET_TEXT.test(text) ||
      (STAMP_LINE.test(text) && text.length < 100) ||
      (text.length < MAX_PROMO_CHARS &&
        b.kind !== 'list' &&
        (NEWSLETTER_PROMO.test(text) || CHANNEL_PROMO.test(text))) ||
      (NOT_TEXT.test(text) && b.owner.name !== 'pre')
    )
      drop(text, 'boilerplate');
    else if ((RELATED_LINE.test(text) && (density > 0.2 || text.length < 120)) || TEASER_RUN.test(text))
      drop(text, 'related-links');
    else if (density > (b.kind === 'heading' ? MAX_HEADING_LINK_DENSITY : MAX_LINK_DENSITY)) {
      const block: Kept = { kind: b.kind, text, linkList: true };
      if (b.level) block.level = b.level;
      kept.push(block);
    } else if (CREDIT_LINE.test(text) || AGENCY_CREDIT_LINE.test(text) || photoCaption(text)) {
      const w = wireOf(text);
      if (w) credits.add(w);
      drop(text, 'credit');
    } else {
      const last = kept[kept.length - 1];
      if (last && last.text === text) continue;
      const block: Kept = { kind: b.kind, text };
      if (b.level) block.level = b.level;
      kept.push(block);
    }
  }
  keepLinkHub(kept, out, options?.article ?? true);
  dropPostFurniture(kept, out);
  cutAtEndMarker(kept, out);
  dropAuthorBio(kept, out, bioOpening(options?.byline));
  dropEmptySections(kept, out);
  trimTrailer(kept, out);
  dropRepeats(kept, out);
  out.blocks = kept.map(({ kind, text }) => ({ kind, text }));
  const lead = out.blocks.find((b) => b.kind === 'paragraph');
  const dateline = lead && DATELINE_WIRE.exec(lead.text);
  if (dateline?.[1]) credits.add(dateline[1]);
  out.credits = [...credits];
  return out;
}

function addCaption(out: Cleaned, credits: Set<string>, text: string) {
  const m = PHOTO_CREDIT.exec(text);
  const caption: { text: string; credit?: string } = { text: m ? text.slice(0, m.index).trim() : text };
  if (m) {
    caption.credit = m[1]!.trim();
    const w = wireOf(caption.credit);
    if (w) credits.add(w);
  }
  if (caption.text || caption.credit) out.captions.push(caption);
  out.removed.push({ text, reason: 'caption' });
}

/**
 * A body with less prose than this beside more link-list text is a link hub (a listing, a catalogue,
 * a category or subject page, a news front), whose links are its content: they stay. Measured on
 * WCXB dev: all pages 0.8379 -> 0.8432 (37 pages touched, 20 lower, none by more than 0.09; seven
 * listings and catalogues that came out empty or nearly so gain 0.5-0.98), articles and NAEB
 * unchanged. At 200 all pages gain less (0.8415); at 600 an NAEB article loses 0.44 (0.9182 -> 0.9171).
 */
export const LINK_HUB_MAX_PROSE = 400;

/**
 * On a page that does not present itself as an article (no article markup, no publication date),
 * link lists that outweigh the prose are the content at any length: a catalogue or a listing is
 * its item links, and its prose (a category blurb, filters, item prices) can run well past
 * LINK_HUB_MAX_PROSE. Articles keep the cap: a long story with long link boxes is still a story.
 * Measured on WCXB dev: all pages 0.8445 -> 0.8474 (25 pages touched, all listings, collections,
 * products and service pages; 17 higher, 8 lower), articles and NAEB unchanged. At 2 (link lists
 * twice the prose) all pages gain less (0.8463), at 0.75 and 0.5 too (0.8472); counting
 * article:published_time instead of a found date as the article signal costs NAEB 0.9182 -> 0.9150.
 */
export const NON_ARTICLE_HUB_SHARE = 1;

/** Link lists go, unless they are all the page has (LINK_HUB_MAX_PROSE, NON_ARTICLE_HUB_SHARE). */
function keepLinkHub(kept: Kept[], out: Cleaned, article: boolean) {
  let prose = 0;
  let links = 0;
  for (const b of kept) {
    if (b.linkList) links += b.text.length;
    else prose += b.text.length;
  }
  const hub =
    (links > prose && prose < LINK_HUB_MAX_PROSE) || (!article && links > NON_ARTICLE_HUB_SHARE * prose);
  if (!hub) removeBlocks(kept, out, 'related-links', (b) => b.linkList === true);
}

/** Lines of post furniture (POST_FURNITURE_LINE) go; so does a block that is nothing else. */
function dropPostFurniture(kept: Kept[], out: Cleaned) {
  let j = 0;
  for (const b of kept) {
    const furniture: string[] = [];
    const text: string[] = [];
    for (const line of b.text.split('\n'))
      (POST_FURNITURE_LINE.test(line.trim()) ? furniture : text).push(line);
    if (furniture.length) {
      out.removed.push({ text: furniture.join('\n'), reason: 'boilerplate' });
      b.text = text.join('\n');
    }
    if (b.text.trim()) kept[j++] = b;
  }
  kept.length = j;
}

/** Moves the blocks `drop` picks from `kept` to `out.removed`, the others keeping their order. */
function removeBlocks(
  kept: Kept[],
  out: Cleaned,
  reason: RemovedReason,
  drop: (b: Kept, i: number) => boolean,
) {
  let j = 0;
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i]!;
    if (drop(b, i)) out.removed.push({ text: b.text, reason });
    else kept[j++] = b;
  }
  kept.length = j;
}

/** What may come before the name at a bio's opening (one UTF-16 unit each). */
const BIO_LEAD = /^[*("“]/;
/**
 * What follows the name at a bio's opening: credentials, then what the author is or does. One
 * pattern for all pages, the names compared as strings: a pattern made with each page's names was
 * compiled anew for each page, its \p{Lu} at great cost (1.6 s of CPU over WCXB dev and NAEB, a
 * twentieth of the extraction).
 */
const BIO_AFTER_NAME =
  /(, [\p{Lu}.]{2,8})*,? (is|was|has|holds|founded|started|writes|covers|joined|serves|specializes)\b/uy;

/**
 * The opening of the author's bio under a story, the author named (in full, or by first name) and
 * described: "Karina Cohen is the owner of CR Maids …", "*Angela Holliday-Bell, MD, is a …",
 * "Jean-Luc started CNX Software in 2010 …". Names come from the byline, less credentials and
 * notes ("Matthew Frankel, CFP", "Jean-Luc Aufranc (CNXSoft)").
 */
function bioOpening(byline: string | undefined): ((text: string) => boolean) | undefined {
  const names = (byline ?? '')
    .replace(/\([^)]*\)|[*]/g, '')
    .split(/,| and | & /)
    .map((n) => n.trim())
    .filter((n) => /^\p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+)+$/u.test(n));
  if (names.length === 0) return undefined;
  return (text) => {
    const starts = BIO_LEAD.test(text) ? [1, 0] : [0];
    for (const at of starts)
      for (const name of names) {
        if (!text.startsWith(name, at)) continue;
        BIO_AFTER_NAME.lastIndex = at + name.length;
        if (BIO_AFTER_NAME.test(text)) return true;
      }
    return false;
  };
}

/**
 * The author's bio paragraph in the second half of the body (only it: what follows may be the
 * story's appendix or FAQ). WCXB dev articles 0.9537 -> 0.9540, all pages 0.8516 -> 0.8517, NAEB
 * 0.9275 -> 0.9279.
 */
function dropAuthorBio(kept: Kept[], out: Cleaned, isBio: ((text: string) => boolean) | undefined) {
  if (!isBio) return;
  const from = Math.floor(kept.length / 2);
  removeBlocks(kept, out, 'trailer', (b, i) => i >= from && b.kind === 'paragraph' && isBio(b.text));
}

/**
 * "Our journalism needs your support", "Citation: …", a reporter's note, a copyright line: the article
 * is over; the rest is trailer.
 */
function cutAtEndMarker(kept: Kept[], out: Cleaned) {
  const from = secondHalf(kept);
  const i = kept.findIndex(
    (b, j) =>
      j >= from &&
      (END_MARKER.test(b.text) ||
        AUTHOR_NOTE.test(b.text) ||
        (COPYRIGHT_LINE.test(b.text) && b.text.length < 200)),
  );
  if (i < 0) return;
  for (const b of kept.splice(i)) out.removed.push({ text: b.text, reason: 'trailer' });
}

/**
 * Where the body's second half starts: the middle block, or the first block past the middle of its
 * characters when that comes first (a short story above a tail of many short lines: "About the
 * Author", a reviewer's note, a disclaimer). WCXB dev articles 0.9564 -> 0.9567, all pages 0.8536 ->
 * 0.8540 (2 pages, none lower), NAEB unchanged; by characters alone NAEB lost a page whose donation
 * appeal runs long (0.9317 -> 0.9308).
 */
function secondHalf(kept: Kept[]): number {
  const middle = Math.floor(kept.length / 2);
  let total = 0;
  for (const b of kept) total += b.text.length;
  let chars = 0;
  for (let i = 0; i < kept.length; i++) {
    if (chars >= total / 2) return Math.min(i, middle);
    chars += kept[i]!.text.length;
  }
  return middle;
}

/** A heading directly followed by a heading of the same or a higher rank heads nothing. */
function dropEmptySections(kept: Kept[], out: Cleaned) {
  for (let i = kept.length - 2; i >= 0; i--) {
    const b = kept[i]!;
    const next = kept[i + 1]!;
    if (b.kind === 'heading' && next.kind === 'heading' && (next.level ?? 6) <= (b.level ?? 6)) {
      out.removed.push({ text: b.text, reason: 'boilerplate' });
      kept.splice(i, 1);
    }
  }
}

/** A block this long that reads exactly as an earlier one is a repeat (shorter lines repeat in prose: "Yes."). */
export const MIN_REPEAT_CHARS = 20;
/**
 * Repeats go only when they are at least this share of the body's characters: a page built for
 * several screen sizes (Webflow, Framer and page-builder sites) holds the article two or three
 * times, one copy per layout, while a page that repeats a line or two (a call to action, a product
 * blurb that the reference repeats too) keeps them. Measured on the blocks of the base extraction:
 * WCXB dev all pages +3.45 F1 points summed over pages (69 pages touched, 19 lower), articles
 * +1.6, NAEB +0.1; without the share, 353 pages touched, 151 lower.
 */
export const MIN_REPEAT_SHARE = 0.1;

/**
 * The second and later copies of a body repeated whole or in large part (see MIN_REPEAT_SHARE),
 * block by block and line by line within blocks: forum software that renders each post twice (the
 * post, then a hidden preview or quote card of it) puts both copies in one list of lines. Measured
 * on the blocks of the extraction, lines counted too: WCXB dev all pages +0.0009 (NodeBB and
 * Discourse threads up to +0.34), articles +0.0001, NAEB +0.0001.
 */
function dropRepeats(kept: Kept[], out: Cleaned) {
  const seen = new Set<string>();
  /** Per block: true (a repeat as a whole), the indexes of its repeated lines, or undefined. */
  const repeat: (true | Set<number> | undefined)[] = [];
  let total = 0;
  let repeated = 0;
  for (const b of kept) {
    total += b.text.length;
    if (b.text.length >= MIN_REPEAT_CHARS && seen.has(b.text)) {
      repeated += b.text.length;
      repeat.push(true);
      continue;
    }
    seen.add(b.text);
    const lines = b.text.split('\n');
    const again = new Set<number>();
    if (lines.length > 1) {
      lines.forEach((line, i) => {
        const key = line.trim();
        if (key.length < MIN_REPEAT_CHARS) return;
        if (seen.has(key)) {
          repeated += key.length;
          again.add(i);
        } else seen.add(key);
      });
    }
    repeat.push(again.size === 0 ? undefined : again.size === lines.length ? true : again);
  }
  if (!repeated || repeated < MIN_REPEAT_SHARE * total) return;
  kept.forEach((b, i) => {
    const lines = repeat[i];
    if (!(lines instanceof Set)) return;
    const parts = b.text.split('\n');
    out.removed.push({ text: parts.filter((_, j) => lines.has(j)).join('\n'), reason: 'boilerplate' });
    b.text = parts.filter((_, j) => !lines.has(j)).join('\n');
  });
  removeBlocks(kept, out, 'boilerplate', (_, i) => repeat[i] === true);
}

/**
 * A closing block that opens like a trailer is one up to this length: a site's disclaimer runs to
 * 500 characters ("Disclaimer: All rights reserved for writing and editorial content. No rights or
 * credit claimed for any images … If you are a representative of the photographer, …").
 */
const MAX_TRAILER_LENGTH = 800;

/** Copyright lines, tag lists and dangling headings at the end of the body. */
function trimTrailer(kept: Kept[], out: Cleaned) {
  for (;;) {
    const last = kept[kept.length - 1];
    if (!last) return;
    if (TRAILER.test(last.text) && last.text.length < MAX_TRAILER_LENGTH)
      out.removed.push({ text: last.text, reason: 'trailer' });
    else if (last.kind === 'heading' && kept.length > 1)
      out.removed.push({ text: last.text, reason: 'boilerplate' });
    else return;
    kept.pop();
  }
}
