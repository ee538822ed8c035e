// Lists the entries of a compiled Apertium bilingual dictionary (.autobil.bin): `lt-print -H`
// (lttoolbox) dumps the transducer as AT&T text, and every path from the start to a final state is
// one entry, e.g. "tower<n>" → "torre<n><f>".
import { execFileSync } from 'node:child_process';

export interface BidixEntry {
  /** Source lemma, as written (multi-word lemmas keep their spaces). */
  source: string;
  /** Source tags, e.g. ["n"] or ["vblex"]. */
  sourceTags: string[];
  target: string;
  targetTags: string[];
}

interface Arc {
  to: number;
  input: string;
  output: string;
}

/** AT&T symbols of `lt-print -H`: @0@ is epsilon, @_SPACE_@ a space, <x> a tag. */
function symbolText(symbol: string): string {
  if (symbol === '@0@') return '';
  if (symbol === '@_SPACE_@') return ' ';
  if (symbol === '@_TAB_@') return '\t';
  return symbol;
}

/** States on a cycle (Tarjan's strongly connected components, iteratively: the graphs are deep). */
function statesOnCycles(arcs: ReadonlyMap<number, readonly Arc[]>): Set<number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const cyclic = new Set<number>();
  let counter = 0;
  for (const root of arcs.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ state: number; next: number }> = [{ state: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = arcs.get(frame.state) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++]!.to;
        if (to === frame.state) cyclic.add(to);
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ state: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.state, Math.min(low.get(frame.state)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.state, Math.min(low.get(parent.state)!, low.get(frame.state)!));
      if (low.get(frame.state) === index.get(frame.state)) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.state);
        if (component.length > 1) for (const state of component) cyclic.add(state);
      }
    }
  }
  return cyclic;
}

/**
 * Paths of one AT&T section (its start is the source of its first arc). States on cycles belong to
 * pattern entries (any capitalised word, numbers), not to word pairs: they are not entered.
 */
function* sectionPaths(lines: readonly string[]): Generator<[string, string]> {
  const arcs = new Map<number, Arc[]>();
  const finals = new Set<number>();
  let start: number | undefined;
  for (const line of lines) {
    const fields = line.split('\t');
    if (fields.length >= 4) {
      const from = Number(fields[0]);
      start ??= from;
      const list = arcs.get(from) ?? [];
      list.push({ to: Number(fields[1]), input: symbolText(fields[2] ?? ''), output: symbolText(fields[3] ?? '') });
      arcs.set(from, list);
    } else if (fields[0] !== undefined && fields[0] !== '') {
      finals.add(Number(fields[0]));
    }
  }
  const cyclic = statesOnCycles(arcs);
  if (start === undefined || cyclic.has(start)) return;
  type Frame = { state: number; input: string; output: string; next: number };
  const stack: Frame[] = [{ state: start, input: '', output: '', next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const out = arcs.get(frame.state) ?? [];
    if (frame.next === 0 && finals.has(frame.state)) yield [frame.input, frame.output];
    if (frame.next >= out.length) {
      stack.pop();
      continue;
    }
    const arc = out[frame.next]!;
    frame.next += 1;
    if (cyclic.has(arc.to)) continue;
    const input = frame.input + arc.input;
    const output = frame.output + arc.output;
    // Past the first tag on both sides only more tags follow (number, gender…), and their
    // combinations can multiply the paths enormously: the lemma pair is known here.
    if (input.includes('<') && output.includes('<')) {
      yield [input, output];
      continue;
    }
    stack.push({ state: arc.to, input, output, next: 0 });
  }
}

/** "take# off<vblex>" → lemma "take off", tags ["vblex"]. */
function splitAnalysis(text: string): { lemma: string; tags: string[] } {
  const tags = [...text.matchAll(/<([^<>]+)>/g)].map((match) => match[1] ?? '');
  const lemma = text.replace(/<[^<>]+>/g, '').replace(/#/g, '').replace(/\s+/g, ' ').trim();
  return { lemma, tags };
}

/**
 * Entries of `binPath` (lemmas and their first tag each side, once each), running lt-print from `ltPrint`
 * with `libraryPath` for its shared library.
 */
export function readBidix(binPath: string, ltPrint: string, libraryPath: string): BidixEntry[] {
  const att = execFileSync(ltPrint, ['-H', binPath], {
    env: { ...process.env, LD_LIBRARY_PATH: libraryPath },
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const entries: BidixEntry[] = [];
  const seen = new Set<string>();
  for (const section of att.split(/^--$/m)) {
    for (const [input, output] of sectionPaths(section.split('\n'))) {
      const key = `${input}\t${output}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const source = splitAnalysis(input);
      const target = splitAnalysis(output);
      if (source.lemma === '' || target.lemma === '') continue;
      entries.push({ source: source.lemma, sourceTags: source.tags, target: target.lemma, targetTags: target.tags });
    }
  }
  return entries;
}
