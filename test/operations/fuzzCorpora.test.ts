// Fuzz (fast-check) over generated corpora: press releases whose words include JavaScript's built-in
// names (constructor, __proto__, toString, hasOwnProperty, valueOf, prototype, then…), their plurals,
// capitals, elisions, hyphenations and misspellings, in .txt, .md (front-matter keys too) and .html
// files; then questions made of those words, misspelled so that spelling correction runs. Whatever the
// corpus says, each backend (compact, minisearch, and postgres when DATABASE_URL is set) opens it,
// reopens it from its snapshot, and answers every question or refuses it with a UserError: never an
// internal error. The counts of generated corpus words and questions are printed per backend.
//
// `npm test` asks a few hundred questions per backend; FUZZ_RUNS=10000 asks 10,000 (and as many
// corpus words at least). FUZZ_SEED replays a run.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { sourcesCommand } from '../../commands/sources.ts';
import { RelaisEngine, silentLogger, UserError } from '../../src/engine/index.ts';
import { DATABASE_URL, dropSchema, freshSchema } from '../engine/search/postgres/postgresTestDatabase.ts';
import { FUZZ_RUNS, FUZZ_SEED, fuzzParameters } from './fuzzSettings.ts';

/** Names every JavaScript object answers to, and a few more that code tends to special-case. */
export const BUILT_IN_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'then',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'length',
  'name',
  'caller',
  'callee',
  'arguments',
  'apply',
  'call',
  'bind',
  'size',
  'get',
  'set',
  'has',
  'keys',
  'values',
  'entries',
  'forEach',
  'map',
  'push',
  'join',
  'splice',
  'toJSON',
  'Symbol',
  'NaN',
  'Infinity',
  'undefined',
  'null',
  'true',
  'false',
  'Object',
  'Array',
  'Function',
  'eval',
  'global',
  'globalThis',
  'window',
  'document',
  'default',
  'catch',
  'finally',
  'constructeur',
];

const FRENCH_WORDS = [
  'fibre',
  'prises',
  'éligibles',
  'département',
  'réseau',
  'numérique',
  'habitants',
  'communes',
  'chantier',
  'syndicat',
  'très',
  'haut',
  'débit',
  'deux',
  'premier',
  'mille',
  'l’usine',
  'd’accès',
  'Fort-de-France',
  'Saint-Lô',
  'raccordement',
  'opérateur',
  'collectivité',
  'inclusion',
  'médiateurs',
  'Gers',
  'Manche',
  'Creuse',
  'Bretagne',
  'millions',
  'euros',
  'kilomètres',
  'de',
  'la',
  'le',
  'et',
  'pour',
  'dans',
];

const QUESTIONS_PER_CORPUS = 20;
const DEFAULT_QUESTIONS = 400;
const questionsPerBackend = FUZZ_RUNS ?? DEFAULT_QUESTIONS;
const corporaPerBackend = Math.ceil(questionsPerBackend / QUESTIONS_PER_CORPUS);

// ------------------------------------------------------------------ generators

const capitalised = (w: string) => (w === '' ? w : w[0]!.toUpperCase() + w.slice(1));
const builtIn = fc.constantFrom(...BUILT_IN_NAMES);
const builtInVariant = fc
  .tuple(builtIn, builtIn, fc.integer({ min: 0, max: 8 }))
  .map(([w, other, how]) => [w, w.toUpperCase(), capitalised(w), `${w}s`, `l'${w}`, `d’${w}`, `${w}-${other}`, `${w}.`, `${w}?`][how]!);

/** One letter changed, dropped, doubled or swapped: what spelling correction exists for. */
const misspelling = (word: string) =>
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzé_')).map(([how, at, letter]) => {
    if (word.length < 2) return `${word}${letter}`;
    const i = at % (word.length - 1);
    if (how === 0) return word.slice(0, i) + letter + word.slice(i + 1);
    if (how === 1) return word.slice(0, i) + word.slice(i + 1);
    if (how === 2) return word.slice(0, i) + word[i] + word.slice(i);
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  });

const numberWord = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }).map(String),
  fc.constantFrom('13.000', '13 000', '3ème', '15,5', '1e400', '-0', '0x1F', '2e'),
);
const corpusWord = fc.oneof(
  { weight: 5, arbitrary: builtInVariant },
  { weight: 3, arbitrary: fc.constantFrom(...FRENCH_WORDS) },
  { weight: 1, arbitrary: numberWord },
  { weight: 2, arbitrary: builtIn.chain(misspelling) },
);
const sentence = fc.array(corpusWord, { minLength: 3, maxLength: 14 });

interface GeneratedDocument {
  format: 'txt' | 'md' | 'html';
  title: string[];
  sentences: string[][];
  /** Front-matter or meta keys (built-in names) with values. */
  fields: Array<[string, string]>;
}

const generatedDocument: fc.Arbitrary<GeneratedDocument> = fc.record({
  format: fc.constantFrom('txt' as const, 'md' as const, 'html' as const),
  title: fc.array(corpusWord, { minLength: 1, maxLength: 6 }),
  sentences: fc.array(sentence, { minLength: 1, maxLength: 6 }),
  fields: fc.array(fc.tuple(builtIn, corpusWord), { maxLength: 3 }),
});
const generatedCorpus = fc.array(generatedDocument, { minLength: 1, maxLength: 4 });

const wordsOf = (corpus: GeneratedDocument[]): string[] => corpus.flatMap((d) => [...d.title, ...d.sentences.flat()]);

/** Questions made from the corpus's own words (and built-in names), often misspelled, in French or English. */
function questionsFor(corpus: GeneratedDocument[]): fc.Arbitrary<string[]> {
  const own = fc.constantFrom(...wordsOf(corpus));
  const word = fc.oneof(
    { weight: 4, arbitrary: own },
    { weight: 2, arbitrary: own.chain(misspelling) },
    { weight: 2, arbitrary: builtInVariant },
  );
  const question = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.array(word, { minLength: 1, maxLength: 6 })).map(([frame, w]) => {
    const [a = '', b = '', ...rest] = w;
    return [
      `Combien de ${a} ${b} ${rest.join(' ')} ?`,
      `Qui est le ${a} de ${b} ?`,
      `Quand ${w.join(' ')} ?`,
      `How many ${w.join(' ')}?`,
      `What is the ${a} of ${b}?`,
      w.join(' '),
      `${w.join(' ')} ?`,
    ][frame]!;
  });
  return fc.array(question, { minLength: QUESTIONS_PER_CORPUS, maxLength: QUESTIONS_PER_CORPUS });
}

const fuzzCase = generatedCorpus.chain((corpus) => fc.tuple(fc.constant(corpus), questionsFor(corpus)));

// ------------------------------------------------------------------ writing a corpus to disk

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const yamlString = (s: string) => JSON.stringify(s);

function fileText(d: GeneratedDocument): string {
  const title = d.title.join(' ');
  const body = d.sentences.map((s) => `${capitalised(s.join(' '))}.`);
  if (d.format === 'txt') return `${title}\n${body.join('\n')}\n`;
  if (d.format === 'md') {
    const fields = d.fields.map(([k, v]) => `${yamlString(k)}: ${yamlString(v)}`);
    return `---\n${fields.join('\n')}${fields.length > 0 ? '\n' : ''}---\n# ${title}\n\n${body.join('\n\n')}\n`;
  }
  const metas = d.fields.map(([k, v]) => `<meta name="${escapeHtml(k)}" content="${escapeHtml(v)}">`);
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${metas.join('')}</head>` +
    `<body><h1 ${d.fields.map(([k]) => `${escapeHtml(k.replace(/[^a-z_]/gi, 'x'))}="1"`).join(' ')}>${escapeHtml(title)}</h1>` +
    `${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`
  );
}

async function writeCorpus(dir: string, corpus: GeneratedDocument[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(
    corpus.map((d, i) =>
      writeFile(path.join(dir, `${String(i).padStart(3, '0')}_${d.title[0]?.replace(/[^\w-]/g, '') ?? 'x'}.${d.format}`), fileText(d)),
    ),
  );
}

// ------------------------------------------------------------------ the property, per backend

type Backend = 'compact' | 'minisearch' | 'postgres';

interface Tally {
  corpora: number;
  corpusWords: number;
  questions: number;
  answered: number;
  refused: number;
  internalErrors: number;
}

const roots: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
  await Promise.all(schemas.map((s) => dropSchema(s)));
});

/** Asks every question; an error other than a UserError fails the property with the question and the error. */
async function askAll(engine: RelaisEngine, questions: readonly string[], tally: Tally): Promise<void> {
  for (const question of questions) {
    tally.questions++;
    try {
      const answer = await engine.ask(question);
      if (answer.answered) tally.answered++;
      for (const fact of answer.facts) expect(typeof fact.excerpt).toBe('string');
    } catch (error) {
      if (error instanceof UserError) {
        tally.refused++;
        continue;
      }
      tally.internalErrors++;
      throw new Error(`internal error for ${JSON.stringify(question)}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
}

async function sourcesNeverFail(engine: RelaisEngine, filters: readonly string[]): Promise<void> {
  const context = { engine, logger: silentLogger, commands: allCommands, progress: async () => {} };
  for (const filter of filters) {
    const reply = await runCommand(
      sourcesCommand,
      { options: { filter }, locale: 'fr', invoker: { platform: 'terminal', userId: 't', isAdmin: true } },
      context,
    );
    expect(reply.heading).not.toMatch(/erreur/i);
  }
}

function runFor(backend: Backend): () => Promise<void> {
  return async () => {
    const root = await mkdtemp(path.join(tmpdir(), `relais-fuzz-${backend}-`));
    roots.push(root);
    const schema = freshSchema('fuzz');
    if (backend === 'postgres') schemas.push(schema);
    const tally: Tally = { corpora: 0, corpusWords: 0, questions: 0, answered: 0, refused: 0, internalErrors: 0 };
    const options = (corpusDir: string) => ({
      corpusDir,
      dataDir: path.join(root, 'data'),
      logger: silentLogger,
      backend,
      ...(backend === 'postgres' ? { postgres: { connectionString: DATABASE_URL as string, schema } } : {}),
    });
    await fc.assert(
      fc.asyncProperty(fuzzCase, async ([corpus, questions]) => {
        const corpusDir = path.join(root, `c${tally.corpora++}`);
        tally.corpusWords += wordsOf(corpus).length;
        await writeCorpus(corpusDir, corpus);
        try {
          const built = await RelaisEngine.open(options(corpusDir));
          try {
            await askAll(built, questions.slice(0, QUESTIONS_PER_CORPUS / 2), tally);
            await sourcesNeverFail(built, BUILT_IN_NAMES.slice(0, 6));
          } finally {
            await built.close();
          }
          // A restart: from the snapshot (embedded backends) or the generation already in the database.
          const reopened = await RelaisEngine.open(options(corpusDir));
          try {
            await askAll(reopened, questions.slice(QUESTIONS_PER_CORPUS / 2), tally);
          } finally {
            await reopened.close();
          }
        } finally {
          await rm(corpusDir, { recursive: true, force: true });
        }
      }),
      fuzzParameters(corporaPerBackend),
    );
    console.log(
      `[fuzz corpora] ${backend}: ${tally.corpusWords.toLocaleString('en')} generated corpus words in ${tally.corpora} corpora, ` +
        `${tally.questions.toLocaleString('en')} questions (${tally.answered} answered, ${tally.refused} refused), ${tally.internalErrors} internal errors (seed ${FUZZ_SEED})`,
    );
    expect(tally.internalErrors).toBe(0);
    expect(tally.questions).toBeGreaterThanOrEqual(questionsPerBackend);
  };
}

// Long runs (FUZZ_RUNS=10000) take minutes; the default one a few seconds.
const timeout = Math.max(60_000, questionsPerBackend * 100);

describe('fuzz over generated corpora with JavaScript built-in names as words', () => {
  it('compact: every question answered or refused, never an internal error', runFor('compact'), timeout);
  it('minisearch: every question answered or refused, never an internal error', runFor('minisearch'), timeout);
  it.skipIf(!DATABASE_URL)('postgres: every question answered or refused, never an internal error', runFor('postgres'), timeout * 5);
});
