// natural's Damerau-Levenshtein distance, imported from its own file: the package root loads
// databases and WordNet (about 1 s and 150 MB) and prints dotenv banners.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const distance = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: { restricted?: boolean }) => number;
};

/** Edits (insert, delete, substitute, swap two neighbours) between two words: "preson" → "person" is 1. */
export function editDistance(a: string, b: string): number {
  return distance.DamerauLevenshteinDistance(a, b, { restricted: true });
}
