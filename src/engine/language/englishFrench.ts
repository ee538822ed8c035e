// English → French dictionary (data/en-fr.tsv.gz) from FreeDict and Apertium data: folded English
// headword → French words or short phrases, best first.
import { lazily, readDataRows } from './readDataFile.ts';

const loadEnglishFrench = lazily((): ReadonlyMap<string, readonly string[]> => {
  const dictionary = new Map<string, readonly string[]>();
  for (const [english, french = ''] of readDataRows('en-fr.tsv.gz')) {
    if (english === undefined) continue;
    dictionary.set(english, french.split('|').filter((translation) => translation.length > 0));
  }
  return dictionary;
});

/** Folded lowercase English word or phrase → folded French translations; read once on first use. */
export function englishFrench(): ReadonlyMap<string, readonly string[]> {
  return loadEnglishFrench();
}
