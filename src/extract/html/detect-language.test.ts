import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, plainlyEnglish } from './detect-language.js';

const ENGLISH =
  'The council said on Tuesday that the new bridge, which has been delayed by two years, would open in the spring. ' +
  'Residents who have waited for it were told that the cost of the work had risen by a third since the contract was signed, ' +
  'and that the final bill would be published with the accounts of this year.';
const GERMAN =
  'Der Stadtrat hat am Dienstag mitgeteilt, dass die neue Brücke, die sich um zwei Jahre verzögert hat, im Frühjahr eröffnet werden soll. ' +
  'Die Anwohner, die darauf gewartet haben, erfuhren, dass die Kosten seit der Vertragsunterzeichnung um ein Drittel gestiegen sind, ' +
  'und dass die Schlussrechnung mit dem Jahresabschluss veröffentlicht wird.';
const ITALIAN =
  'Il consiglio comunale ha detto martedì che il nuovo ponte, in ritardo di due anni, sarà aperto in primavera. ' +
  'Ai residenti che lo hanno atteso a lungo è stato detto che il costo dei lavori è aumentato di un terzo dalla firma del contratto, ' +
  'e che il conto finale sarà pubblicato con il bilancio di questo anno.';

test('English prose is told by its function words; other languages and short texts are not', () => {
  assert.equal(plainlyEnglish(ENGLISH), true);
  assert.equal(plainlyEnglish(GERMAN), false);
  assert.equal(plainlyEnglish(ITALIAN), false);
  assert.equal(plainlyEnglish('The end of the story'), undefined);
  // A product grid is not prose: no decision from function words, franc decides.
  assert.equal(plainlyEnglish('Shoes Boots Sandals Sale New In Women Men Kids '.repeat(6)), false);
});

test('the detected language overrides a wrong declaration; a close one is kept', () => {
  assert.equal(detectLanguage(ENGLISH, 'de-DE'), 'en');
  assert.equal(detectLanguage(GERMAN, 'en'), 'de');
  assert.equal(detectLanguage(ITALIAN, undefined), 'it');
  assert.equal(detectLanguage('Kurz.', 'de'), 'de');
});
