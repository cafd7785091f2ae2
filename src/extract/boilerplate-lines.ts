/**
 * Recognisers for the lines scrapers leave around an article: image captions with a photo credit,
 * wire credits, trailers ("Source link") and related-headline lists. Word lists live in data/boilerplate.json.
 */
import type { Caption } from '../doc/record-schema.js';
import { readDataFile } from '../resources/read-data-file.js';
import { alternation } from '../resources/regex-alternation.js';

interface BoilerplateLists {
  agencies: string[];
  creditIntros: string[];
  photoWords: string[];
  trailers: string[];
  relatedHeaders: string[];
}

let compiled:
  | {
      agencies: Set<string>;
      creditLine: RegExp;
      trailers: Set<string>;
      relatedHeaders: Set<string>;
      photoWord: RegExp;
    }
  | undefined;

function lists() {
  if (compiled) return compiled;
  const data = readDataFile<BoilerplateLists>('boilerplate.json');
  compiled = {
    agencies: new Set(data.agencies.map((a) => a.toLowerCase())),
    creditLine: new RegExp(`^\\(?\\s*(?:${alternation(data.creditIntros)})\\s*:?\\s+(.+?)\\s*\\)?\\.?$`, 'i'),
    trailers: new Set(data.trailers),
    relatedHeaders: new Set(data.relatedHeaders),
    photoWord: new RegExp(`\\b(?:${alternation(data.photoWords)})\\b`, 'i'),
  };
  return compiled;
}

/** A line's lower-case form without closing punctuation, for matching whole-line phrases. */
function phrase(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\s:.…»>→|-]+$/u, '')
    .trim();
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|&|\band\b|\by\b|\/)\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** A credit such as "Reuters", "AP Photo/John Doe" or "Photo: Getty Images". */
function isCredit(credit: string): boolean {
  const { agencies, photoWord } = lists();
  if (photoWord.test(credit)) return true;
  const names = splitNames(credit);
  return names.length > 0 && names.every((name) => agencies.has(name.toLowerCase()));
}

const CAPTION_WITH_CREDIT = /^(.{2,200}?)\s*[([]\s*([^()[\]]{2,80})\s*[)\]]$/u;
const CAPTION_PREFIX = /^(?:photo|image|foto|picture|file photo)\s*[:|-]\s*(.{2,200})$/iu;

/** An image caption: short text ending in a parenthesised photo/wire credit, or "Photo: …". */
export function parseCaption(line: string): Caption | undefined {
  if (line.length > 260) return undefined;
  // The pattern ends in a bracket: tried on other lines, its lazy caption part tries every length.
  const withCredit = /[)\]]$/.test(line) ? CAPTION_WITH_CREDIT.exec(line) : null;
  if (withCredit?.[1] && withCredit[2] && isCredit(withCredit[2]) && !/[.!?]["”»]?$/u.test(withCredit[1])) {
    return { text: withCredit[1], credit: withCredit[2].replace(/^(?:photo|foto)\s*:\s*/i, '') };
  }
  const prefixed = CAPTION_PREFIX.exec(line);
  if (prefixed?.[1]) return { text: prefixed[1] };
  return undefined;
}

/** How long a photo credit standing on its own line may be. */
const MAX_PHOTO_CREDIT_LENGTH = 100;

/**
 * A photo credit on a line of its own, left where the image was: "UCG/Universal Images Group via Getty
 * Images, FILE", "Mandel Ngan/AFP via Getty Images", "AP Photo/Evan Vucci, File". Returns the credit.
 */
export function parsePhotoCredit(line: string): string | undefined {
  if (line.length > MAX_PHOTO_CREDIT_LENGTH || /[.!?:;]$/.test(line)) return undefined;
  const parts = line.replace(/\s*,\s*file$/i, '').split(/\s+via\s+|\s*\/\s*/);
  if (parts.length < 2) return undefined;
  const nameLike = (part: string) => {
    const words = part.split(/\s+/);
    return words.length <= 4 && words.every((word) => /^(?:\p{Lu}|of$|de$|van$)/u.test(word));
  };
  return parts.every(nameLike) && parts.some(isCredit) ? line : undefined;
}

/** The roles of a wire's sign-off, inside a credit line: "Additional reporting by", "Editing by". */
const SIGN_OFF_ROLE = /\s*\b(?:additional\s+)?(?:editing|writing|reporting|photos?|graphics)\s+by\s+/gi;

/** A wire credit line such as "(With information from AP and EFE)"; returns the credited names. */
export function parseCreditLine(line: string): string[] | undefined {
  if (line.length > 200) return undefined;
  const match = lists().creditLine.exec(line);
  if (!match?.[1]) return undefined;
  // "Reporting by A; Additional reporting by B in San Francisco; Editing by C and D" (a wire's sign-off,
  // its line breaks often lost): each role's names, without where they reported from.
  const names = splitNames(match[1].replace(/[()]/g, '').replace(SIGN_OFF_ROLE, ', ')).map((name) =>
    name.replace(/\s+in\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*$/u, ''),
  );
  return names.length > 0 && names.every((name) => name.split(' ').length <= 5) ? names : undefined;
}

export function isTrailer(line: string): boolean {
  return line.length <= 60 && lists().trailers.has(phrase(line));
}

export function isRelatedHeader(line: string): boolean {
  return line.length <= 60 && lists().relatedHeaders.has(phrase(line));
}

/** A line shaped like a headline: short, capitalised, and without the closing punctuation of prose. */
export function isHeadlineLike(line: string): boolean {
  return (
    line.length >= 12 &&
    line.length <= 200 &&
    /^[\p{Lu}\p{N}"“‘«]/u.test(line) &&
    !/[.!?:;,"”»)…]$/u.test(line) &&
    line.split(' ').length >= 3
  );
}
