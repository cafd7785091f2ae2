/** The set of the words of a space-separated list written in the source ("aid food supplies"). */
export const wordSet = (words: string): Set<string> => new Set(words.split(' '));
