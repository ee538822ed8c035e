// The shorthand of chat for the small words that shape a question: "cb de prises ds le Gers",
// "qd ouvre le bus", "pk ce retard", "whats the budget". Read as typed they are unknown words, and the question loses what it
// asks (a count, a date). General chat French, each form unambiguous as a whole word; content words of
// chat ("ordi", "asso") are informalFrench.ts's.

const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['cb', 'combien'],
  ['cbn', 'combien'],
  ['qd', 'quand'],
  ['qand', 'quand'],
  ['pk', 'pourquoi'],
  ['pq', 'pourquoi'],
  ['pkoi', 'pourquoi'],
  ['pourkoi', 'pourquoi'],
  ['koi', 'quoi'],
  ['kwa', 'quoi'],
  ['ki', 'qui'],
  ['kel', 'quel'],
  ['kelle', 'quelle'],
  ['kels', 'quels'],
  ['kelles', 'quelles'],
  ['ds', 'dans'],
  ['pr', 'pour'],
  ['ac', 'avec'],
  ['avc', 'avec'],
  ['bcp', 'beaucoup'],
  ['qqn', "quelqu'un"],
  ['qqch', 'quelque chose'],
  ['qq', 'quelques'],
  ['nb', 'nombre'],
  ['pdt', 'pendant'],
  ['auj', "aujourd'hui"],
  ['ajd', "aujourd'hui"],
  ['dc', 'donc'],
  ['env', 'environ'],
  ['tjs', 'toujours'],
  ['tjrs', 'toujours'],
  ['jsp', 'je ne sais pas'],
  ['càd', "c'est-à-dire"],
  ['cad', "c'est-à-dire"],
  ['ya', 'il y a'],
  // English chat: contractions typed without their apostrophe, letters for words.
  ['whats', "what's"],
  ['whos', "who's"],
  ['wheres', "where's"],
  ['hows', "how's"],
  ['r', 'are'],
  ['u', 'you'],
  ['ur', 'your'],
]);

const WORD = /(?<![\p{L}\p{N}'’-])[\p{L}]+(?![\p{L}\p{N}'’-])/gu;

// "c koi", "qui c qui paie": a lone lowercase c before a question word is "c'est" (elsewhere it may be a letter: "plan c").
const C_EST = /(?<![\p{L}\p{N}'’-])c\s+(?=(?:quoi|qui|quand|où|ou|combien|comment|quel|quelle|quels|quelles)(?![\p{L}]))/gu;

// "y'a combien", "y'avait qui": "il y a" with its subject dropped; the apostrophe keeps WORD from seeing it.
const Y_A = /(?<![\p{L}\p{N}'’-])([yY])['’](?=(?:a|avait|aura|aurait)(?![\p{L}\p{N}]))/gu;

/** The question with chat shorthand written out: "cb de prises ds le Gers ?" → "combien de prises dans le Gers ?". */
export function withoutChatShorthand(question: string): string {
  const written = question.replace(WORD, (word) => {
    // In capitals it is an acronym ("AC", "PR"), not shorthand.
    const full = word.length > 1 && word === word.toUpperCase() ? undefined : SHORTHAND.get(word.toLowerCase());
    if (!full) return word;
    return /^\p{Lu}/u.test(word) ? full.charAt(0).toUpperCase() + full.slice(1) : full;
  });
  return written.replace(C_EST, "c'est ").replace(Y_A, (_, y: string) => (y === 'Y' ? 'Il y ' : 'il y '));
}
