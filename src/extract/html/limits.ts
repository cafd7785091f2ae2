/**
 * Named bounds on the work done for one page. Hostile or broken HTML must cost at most a bounded
 * amount of time and memory; each limit says why it has the value it has.
 */

/** Pages longer than this (after removing scripts and styles) are cut: real articles are < 1 MB of markup; 50 MB pages are traps or dumps. */
export const MAX_HTML_CHARS = 3_000_000;

/** Raw input beyond this is cut before even the regex pre-pass, so a 1 GB string cannot stall us. */
export const MAX_RAW_HTML_CHARS = 60_000_000;

/**
 * Readability (on linkedom) is slow and recursive; skip it on pages bigger than this. Measured on
 * WCXB dev: on the 28 pages above 110,000 characters (after scripts and styles are gone) where the
 * fallback ran, it changed nothing (forums, shops, link hubs) and took 150–2,100 ms each, a sixth
 * of the whole evaluation's extraction time. Between 60,000 and 120,000 characters it ran on 7
 * pages, took 90–660 ms each (about 2 s in all, more than a tenth of the extraction time of all
 * 1,497 pages) and changed the body F1 of three: +0.13 and +0.01 on two, −0.18 on a Reddit thread.
 */
export const READABILITY_MAX_CHARS = 60_000;

/**
 * Elements open at once that the parser is given; deeper opening tags are dropped before parsing
 * (prepare-html.ts): htmlparser2's cost per tag grows with the open elements, quadratic on hostile
 * pages of unclosed tags. Deeper than MAX_WALK_DEPTH is read as flat text anyway.
 */
export const MAX_OPEN_ELEMENTS = 1_000;

/** Our walkers recurse to this depth; deeper subtrees are read as flat text (10,000-deep nesting exists). */
export const MAX_WALK_DEPTH = 300;

/** JSON-LD blocks larger than this are not parsed (some sites inline megabytes of product data). */
export const MAX_JSON_LD_CHARS = 500_000;

/**
 * A page's app state (Next.js `__NEXT_DATA__`) larger than this is not parsed: a story's state is
 * tens to a few hundred kilobytes (Bloomberg's, with the site's menus and styles, 280-300 KB); a
 * catalogue's can run to megabytes of product data that holds no article.
 */
export const MAX_APP_STATE_CHARS = 1_000_000;
