/**
 * Titles that are part of the name a person is known by ("Pope Francis", "Prince Charles", "Sheikh
 * Hasina"): neither the tagger's title repair nor the linker's role split takes them off the name.
 */
export const NAME_TITLES = /^(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Sheikh|Emir|Saint)$/i;
