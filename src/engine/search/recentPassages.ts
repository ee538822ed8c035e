// The passages an in-process index read last, kept as the same objects: what the answer layer works out
// of a passage alone (its analysed words, its numbers, its dates and names: passageTokens.ts and the
// evidence caches keyed by it) then outlives the question, and a document asked about again is not
// analysed again. People ask about the same few new releases in a row; a passage is text, so keeping
// its reading changes no answer. Least recently read passages go first.
import type { PassageWithTerms } from './searchBackend.ts';

/**
 * Passages kept: a question reads its five to eight likeliest documents, about 40 passages (measured:
 * 1,610 distinct passages for the 44 public questions on the 10,000-document benchmark corpus), so this
 * holds the documents of the last hundred or so questions, at a few kilobytes a passage with its reading.
 */
export const RECENT_PASSAGES = 4096;

export class RecentPassages {
  private readonly kept = new Map<number, PassageWithTerms>();

  constructor(private readonly capacity = RECENT_PASSAGES) {}

  /** The passage, read now when it is not kept (`read` returns undefined for an id the index lacks). */
  get(id: number, read: (id: number) => PassageWithTerms | undefined): PassageWithTerms | undefined {
    const kept = this.kept.get(id);
    if (kept) {
      // A Map iterates in insertion order: set again, the passage becomes the most recent.
      this.kept.delete(id);
      this.kept.set(id, kept);
      return kept;
    }
    const found = read(id);
    if (!found || this.capacity === 0) return found;
    this.kept.set(id, found);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
    return found;
  }

  get size(): number {
    return this.kept.size;
  }
}
