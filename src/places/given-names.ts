/**
 * Given names (the `humannames` list, ~197,000 names): is a word one? The package's index.json is an
 * object of all the names, and parsing it took 300-650 ms in every analysis worker; its list.txt holds
 * the same names, one a line (CRLF), sorted by UTF-16 code unit, so a binary search over the file's text answers
 * without building anything but the line offsets (a few milliseconds).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let list: { text: string; starts: Int32Array; ends: Int32Array } | undefined;

function names(): { text: string; starts: Int32Array; ends: Int32Array } {
  if (!list) {
    const text = readFileSync(createRequire(import.meta.url).resolve('humannames/list.txt'), 'utf8');
    // Where each name starts and ends (before its line break, \n or \r\n): ends[k] for the k-th name.
    const starts: number[] = [0];
    const ends: number[] = [];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      ends.push(text[at - 1] === '\r' ? at - 1 : at);
      starts.push(at + 1);
    }
    ends.push(text.length);
    list = { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  }
  return list;
}

/** Whether `word` is a given name as the list spells it (case matters: "Jackson", not "jackson"). */
export function isGivenName(word: string): boolean {
  const { text, starts, ends } = names();
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const name = text.slice(starts[mid]!, ends[mid]!);
    if (name === word) return true;
    if (name < word) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
