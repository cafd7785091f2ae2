/** A token that is a quotation mark of any style: straight, curly, low-9, guillemet, single. */
const QUOTE_GLYPHS = /^["“”„«»‘’']$/;

export const isQuoteGlyph = (word: string | undefined) => word !== undefined && QUOTE_GLYPHS.test(word);
