/**
 * Professional credentials written after a person's name ("Kelly Jones MS, RD, CSSD, LDN", "Bethany
 * Keith, MS, RDN"): the tagger reads them as acronyms of organisations. A credential that follows a
 * person's name, or another credential, is part of how the person is introduced, not a name of its own.
 */
import type { NameSpan } from '../doc/doc.js';
import { wordSet } from '../resources/word-set.js';

const CREDENTIALS = wordSet(
  'MS MSc MA MBA MD PhD Ph.D. RD RDN LD LDN CSSD CNSC RN NP DO DDS DMD JD MPH CPA CFA FACP FACC FACS CDCES CDE LPC LCSW PsyD EdD DPT OTR BSN MSN DNP FAAP CSCS IBCLC CNS LMFT LMHC CCC-SLP PharmD MFT CPT CHES FNP APRN BCBA DC ND MSW',
);
/** Between a name and its credential, or two credentials: commas, spaces and other credentials only. */
const joined = (between: string) =>
  between.split(/[,\s]+/).every((word) => word === '' || CREDENTIALS.has(word));

export function withoutCredentials(text: string, names: readonly NameSpan[]): NameSpan[] {
  const kept: NameSpan[] = [];
  let previous: { end: number; credential: boolean; person: boolean } | undefined;
  for (const name of names) {
    const credential = CREDENTIALS.has(text.slice(name.start, name.end));
    const after =
      previous && (previous.person || previous.credential) && joined(text.slice(previous.end, name.start));
    if (credential && after) {
      previous = { end: name.end, credential: true, person: false };
      continue;
    }
    kept.push(name);
    previous = { end: name.end, credential: false, person: name.type === 'PERSON' };
  }
  return kept;
}
