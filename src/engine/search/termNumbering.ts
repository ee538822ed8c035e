// Terms numbered in the order they first appear: how an index's vocabulary gives each term its id.
// One home for the index build in one thread (termPostings.ts), a build worker's vocabulary
// (passageChunk.ts) and the main thread assembling the workers' chunks (compactIndexAssembly.ts).

export class TermNumbering {
  private readonly ids = new Map<string, number>();
  /** `terms[id]` is the term numbered `id`. */
  readonly terms: string[] = [];
  /** The passage in which each term was last met (idIfNewIn). */
  private readonly lastSeen: number[] = [];

  /** The term's id, numbered now if it is new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.lastSeen.push(-1);
    }
    return id;
  }

  /**
   * The term's id, or -1 when passage `passage` already had it: a passage's distinct terms, as the
   * passages are analysed one after the other (numbered upwards).
   */
  idIfNewIn(term: string, passage: number): number {
    const id = this.idOf(term);
    if (this.lastSeen[id] === passage) return -1;
    this.lastSeen[id] = passage;
    return id;
  }
}
