// The words a typist meant when one slip of the keyboard made the word typed: what a word the corpus or
// the dictionary does not know is corrected from.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Consonants French doubles: typed once where the name doubles them, a name is still the same name. */
const DOUBLED = /^[bcdfglmnprst]$/;

/**
 * The words one slip of the keyboard from a folded word, its first letter kept: two neighbours swapped, a
 * doubled letter typed once more ("Mannche") or a double consonant typed once ("Colège"), and for a word
 * that is no name a letter dropped, added or struck for another ("mesues", "cyberatttaque"). A name is not
 * given other letters it lacks: that is how an absent place meets a present one.
 */
export function slipsOf(word: string, isName: boolean): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (!isName || word[i] === word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1));
    // A double consonant typed single, as often in names as in words ("Colège", "Coréze").
    if (isName && DOUBLED.test(word[i - 1]!) && word[i] !== word[i - 1]) out.push(word.slice(0, i) + word.slice(i - 1));
    if (isName) continue;
    for (const letter of LETTERS) {
      out.push(word.slice(0, i) + letter + word.slice(i));
      if (letter !== word[i]) out.push(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  for (const letter of isName ? '' : LETTERS) out.push(word + letter);
  return out;
}
