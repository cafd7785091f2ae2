/**
 * Windows of text round anchors, for work too costly to run over a whole article (the amount pattern,
 * chrono): each window is widened to whole words, so that a pattern's edge look-arounds see the same
 * as in the whole text, and merged with the previous one when they touch.
 */

/**
 * Adds text[from, to), kept inside [min, max) and widened to whole words there, to `windows` (added in
 * ascending order), merged with the last window when they touch.
 */
export function addWordWindow(
  windows: [number, number][],
  text: string,
  from: number,
  to: number,
  min: number,
  max: number,
): void {
  let start = Math.max(min, from);
  let end = Math.min(max, to);
  while (start > min && /\S/.test(text[start - 1]!)) start--;
  while (end < max && /\S/.test(text[end]!)) end++;
  const last = windows[windows.length - 1];
  if (last && start <= last[1]) last[1] = Math.max(last[1], end);
  else windows.push([start, end]);
}
