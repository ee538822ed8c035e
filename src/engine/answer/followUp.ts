// A follow-up question in a conversation ("Et quand a-t-il signé ?" after a question on the mayor of
// Fort-de-France) is read with the questions before it: what it leaves unsaid, the earlier question
// said. The earlier question's names carry over when the follow-up names nothing of its own; its other
// words carry over too, more weakly, when the follow-up is elliptic (a pronoun, "et…", a word or two).
import { leansOnPrevious } from '../language/functionWords.ts';
import { alternative, changedConcept, type QueryConcept, type ReadQuestion } from './readQuestion.ts';

/** An earlier turn of the conversation, oldest first in `AskOptions.context`. */
export interface ConversationTurn {
  question: string;
}

/** How much a word carried over from an earlier question counts, against the follow-up's own. */
const CARRIED_WORD_FACTOR = 0.5;
/** A follow-up with at most this many words of its own besides names says little by itself. */
const ELLIPTIC_WORDS = 1;
// "Et quand…", "Et lui ?", "And when…": a question that opens on "et" goes on from the one before.
const GOES_ON = /^\s*(?:et|mais|and|but|so)\b/iu;

function isElliptic(followUp: ReadQuestion): boolean {
  const own = followUp.concepts.filter((c) => c.kind !== 'name' && c.kind !== 'figure');
  return (
    own.length <= ELLIPTIC_WORDS ||
    GOES_ON.test(followUp.text) ||
    leansOnPrevious(followUp.text) ||
    /\b(?:il|elle|ils|elles|lui|leur|y|it|they|them|there)\b/iu.test(followUp.text)
  );
}

/**
 * A concept of an earlier question as the follow-up carries it. The kind of answer that question asked
 * for ("le maire" of "qui est le maire…") is what the follow-up speaks of ("Et quand a-t-il signé ?"):
 * a word of its subject now, not a kind of answer.
 */
function carried(concept: QueryConcept, factor: number): QueryConcept {
  const alternatives = Array.from(concept.alternatives, (a) => alternative(a.terms, a.factor * factor, a.synonym));
  const kind = concept.kind === 'type' ? 'content' : concept.kind;
  return changedConcept(concept, { kind, focus: undefined, counted: undefined, per: undefined, alternatives });
}

/**
 * The follow-up with what the earlier questions said and it leaves unsaid, from the latest earlier
 * question that names something. A follow-up that names a place or an organisation of its own is
 * a new subject and is read alone.
 */
export function withConversation(followUp: ReadQuestion, earlier: readonly ReadQuestion[]): ReadQuestion {
  if (earlier.length === 0 || followUp.concepts.some((c) => c.kind === 'name')) return followUp;
  const source = [...earlier].reverse().find((q) => q.concepts.some((c) => c.kind === 'name'));
  if (!source) return followUp;
  const labels = new Set(Array.from(followUp.concepts, (c) => c.label.toLowerCase()));
  const fresh = (c: QueryConcept) => !labels.has(c.label.toLowerCase());
  const names = Array.from(
    source.concepts.filter((c) => c.kind === 'name' && fresh(c)),
    (c) => carried(c, 1),
  );
  const words = isElliptic(followUp)
    ? Array.from(
        source.concepts.filter((c) => (c.kind === 'content' || c.kind === 'type') && fresh(c)),
        (c) => carried(c, CARRIED_WORD_FACTOR),
      )
    : [];
  return { ...followUp, concepts: [...followUp.concepts, ...names, ...words] };
}
