// Answers a test puts in place of a fake's own: the latest added wins, each answers `times` requests
// (forever by default), and a handler may decline (undefined) to let the next one or the default answer.

interface Canned<Request, Response> {
  matches: (request: Request) => boolean;
  answer: (request: Request) => Response | undefined | Promise<Response | undefined>;
  remaining: number;
}

export class CannedResponses<Request, Response> {
  private entries: Canned<Request, Response>[] = [];

  /** Returns what removes it. */
  add(
    matches: (request: Request) => boolean,
    answer: (request: Request) => Response | undefined | Promise<Response | undefined>,
    times = Number.POSITIVE_INFINITY,
  ): () => void {
    const entry = { matches, answer, remaining: times };
    this.entries.unshift(entry);
    return () => {
      this.entries = this.entries.filter((e) => e !== entry);
    };
  }

  /** The canned answer for this request, counting it; undefined when none applies. */
  async answer(request: Request): Promise<Response | undefined> {
    for (const entry of [...this.entries]) {
      if (entry.remaining <= 0 || !entry.matches(request)) continue;
      entry.remaining -= 1;
      const response = await entry.answer(request);
      if (response !== undefined) return response;
    }
    return undefined;
  }

  clear(): void {
    this.entries = [];
  }
}
