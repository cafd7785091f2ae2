/**
 * Latin letters folded to ASCII for keys and ids: accents dropped by NFKD ("Gdańsk" → "Gdansk"), and
 * the letters that do not decompose spelled out ("Łódź" → "Lodz", "Øresund" → "Oresund", "Straße" →
 * "Strasse"), so a name and its plain-ASCII spelling share one key.
 */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
};
const UNDECOMPOSED_LETTER = /[łŁøØđĐðÐħĦıßæÆœŒþÞ]/g;

export function foldToAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}
