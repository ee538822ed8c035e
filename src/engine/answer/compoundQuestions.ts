// A question that joins two things said in two documents: "Quelles entreprises ont raccordé la
// Haute-Varenne et construit le pylône de Fontclaire ?", "Qu'est-ce qui a coûté le plus : la cyberattaque
// de Lombreuil ou le pylône de Fontclaire ?". No document names both, so every passage misses a name and
// the whole question is refused. Asked once per joined name, without the other, each part finds its own
// document; the answer is then one fact per part.
import type { ResolvedConcept } from './resolveConcepts.ts';

/**
 * What joins the parts of a question between two names: a conjunction ("dans le Var comme dans le Tarn"
 * joins as "et" does), a comparison ("le prix à X avec celui de Y", "X par rapport à Y") or a comma, in
 * French or English.
 */
const JOINED =
  /(?:^|[\s,;:])avec ce qu['’]|(?:^|[\s,;:])(?:et|ou|and|or|puis|ainsi que|(?:tout )?comme|de même que|as well as|avec (?:celui|celle|ceux|celles)|par rapport (?:à|au|aux)|compared? (?:to|with)|with (?:that|those) of|versus|vs)(?=\s)|[,;:]/iu;
/** Every joint of a stretch of the question, in order. */
const JOINTS = new RegExp(JOINED.source, 'giu');
/**
 * What links the words of one name read as two ("les Causses de Vernadel", "Saint-Paul du Bois", "le plan
 * Horizon 2030 de l'Aube": a figure may close the first; "le Vernaix (SYVERN)": a name in brackets is the one
 * before it, said another way), or a
 * name to the place it is in or to what is its own ("le Syndicat X dans l'Aude et le Syndicat Y dans le
 * Var", "X dans ses écoles et Y dans ses collèges"): one part each.
 */
const WITHIN_NAME =
  /^\s*(?:\d+\s+)?(?:de|du|des|de la|de l['’]|d['’]|sur|en|of|\(|(?:dans|à|au|aux|in|at)(?:\s+(?:le|la|les|the|son|sa|ses|leur|leurs|its|their)\s*|\s*l['’]\s*)?)?\s*$/iu;

interface NamedAt {
  names: ResolvedConcept[];
  start: number;
  end: number;
}

/** The names the question types, in order, those linked by "de", "sur"… taken as one. */
function namesInOrder(question: string, concepts: readonly ResolvedConcept[]): NamedAt[] {
  const found = Array.from(
    concepts.filter((c) => c.concept.kind === 'name' && c.present),
    (c) => ({ c, at: question.indexOf(c.concept.label) }),
  )
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at);
  const out: NamedAt[] = [];
  for (const { c, at } of found) {
    const last = out.at(-1);
    const end = at + c.concept.label.length;
    if (last && WITHIN_NAME.test(question.slice(last.end, at))) {
      last.names.push(c);
      last.end = end;
    } else out.push({ names: [c], start: at, end });
  }
  return out;
}

/**
 * The question's parts, one per name it joins to another by "et", "ou", a comma… (as typed), each
 * without the other joined names and the words said after them in their clause. Its other words are
 * kept, and so are its other names: "Orange a-t-il signé avec Paris et avec Séoul" asks of Orange in
 * both parts. Undefined when it joins no two names the corpus knows.
 */
export function partsByName(question: string, concepts: readonly ResolvedConcept[]): ResolvedConcept[][] | undefined {
  const named = namesInOrder(question, concepts);
  const joined = new Set<NamedAt>();
  for (let i = 1; i < named.length; i++) {
    if (JOINED.test(question.slice(named[i - 1]!.end, named[i]!.start))) joined.add(named[i - 1]!).add(named[i]!);
  }
  if (joined.size < 2) return undefined;
  // The last name's trailing words may end the whole question ("… et Y dans le Var pour les communes ?"): shared.
  const last = [...joined].at(-1);
  const own = new Map(
    Array.from(
      joined,
      (n, i) =>
        [
          n,
          [
            ...saidBefore(question, n, i === 0, concepts),
            ...saidWithin(question, n, concepts),
            ...(n === last ? [] : saidAfter(question, n, concepts)),
          ],
        ] as const,
    ),
  );
  const others = (kept: NamedAt) => new Set([...joined].filter((n) => n !== kept).flatMap((n) => [...n.names, ...own.get(n)!]));
  return Array.from(joined, (kept) => {
    const left = others(kept);
    return concepts.filter((c) => !left.has(c));
  });
}

/**
 * The words a joined name's own clause says before it, from the joint: "à X et *dans la communauté de
 * communes* des Y" asks of the communauté in the second part only. The first name's words before it are
 * the whole question's.
 */
function saidBefore(question: string, name: NamedAt, first: boolean, concepts: readonly ResolvedConcept[]): ResolvedConcept[] {
  if (first) return [];
  const before = question.slice(0, name.start);
  let start = -1;
  for (const joint of before.matchAll(JOINTS)) start = joint.index + joint[0].length;
  return start < 0 ? [] : wordsFirstSaidIn(question, concepts, start, name.start);
}

/**
 * The words a name's own clause says after it, up to the next "et" or comma: "Les Mureaux *dans leurs
 * capteurs de stationnement* et Marcoussis dans ses LED" asks of sensors in the first part only. Words
 * before a name ("Qui déploie la fibre à X et à Y") are asked of every part.
 */
function saidAfter(question: string, name: NamedAt, concepts: readonly ResolvedConcept[]): ResolvedConcept[] {
  const rest = question.slice(name.end);
  const joint = JOINED.exec(rest);
  return wordsFirstSaidIn(question, concepts, name.end, name.end + (joint ? joint.index : rest.length));
}

/** The words said between the words of one name ("Horizon *2030* de l'Aube"): that name's own. */
function saidWithin(question: string, name: NamedAt, concepts: readonly ResolvedConcept[]): ResolvedConcept[] {
  return wordsFirstSaidIn(question, concepts, name.start + 1, name.end);
}

/** The question's words, not its names, said first between two points of it (`from` included, `end` not). */
function wordsFirstSaidIn(question: string, concepts: readonly ResolvedConcept[], from: number, end: number): ResolvedConcept[] {
  return concepts.filter((c) => {
    if (c.concept.kind === 'name') return false;
    const at = positionOf(question, c.concept.label, 0);
    return at >= from && at < end;
  });
}

/**
 * Where a concept's words stand in the question from a point: a phrase read without its small words
 * ("communauté communes") by its first word.
 */
function positionOf(question: string, label: string, from: number): number {
  const at = question.indexOf(label, from);
  return at >= 0 || !label.includes(' ') ? at : question.indexOf(label.slice(0, label.indexOf(' ')), from);
}
