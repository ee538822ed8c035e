// The answer engine as the rest of Relais sees it: open it over a corpus folder, ask it questions,
// reindex it. It knows nothing of Slack, Discord or terminals.
import path from 'node:path';
import { bundledLanguageResources, type LanguageResources } from './language/languageResources.ts';
import type { Answer } from './answer/answer.ts';
import { type AskOptions, QuestionAnswerer } from './answer/answerQuestion.ts';
import { warmUpQuestions } from './answer/warmUpQuestions.ts';
import { findDocuments } from './findDocuments.ts';
import { fingerprintCorpus, loadCorpus, type LoadCorpusOptions } from './corpus/loadCorpus.ts';
import type { EmbeddedBackendName } from './search/embeddedBackends.ts';
import { EmbeddedIndexStore } from './search/embeddedIndexStore.ts';
import type { IndexStore, Rebuilt, StoredIndex } from './search/indexStore.ts';
import type { PostgresConnectionOptions } from './search/postgres/postgresIndex.ts';
import { GenerationGoneError, SearchUnavailableError } from './search/postgres/searchUnavailable.ts';
import type { IndexedDocument, SearchBackend } from './search/searchBackend.ts';
import { type DocumentOpening, documentOpening } from './reading/documentOpening.ts';
import { type PassageInContext, passageInContext } from './reading/passageInContext.ts';
import { SharedIndexStore } from './search/sharedIndexStore.ts';
import { type Logger, silentLogger } from './logger.ts';
import type { SkippedFile } from './types.ts';
import { UserError } from './userError.ts';

export interface EngineOptions {
  /** Folder of press releases (.txt, .md, .html, .pdf, .docx, .odt), read recursively. */
  corpusDir: string;
  /** Where the index snapshot is kept; created if missing. */
  dataDir: string;
  /** Text files (.txt, .md, .html) larger than this are skipped. Default 2 MiB. */
  maxFileBytes?: number;
  /** PDF and office files larger than this are skipped. Default 20 MiB. */
  maxDocumentBytes?: number;
  /** PDFs with more pages are skipped. Default 100. */
  maxPdfPages?: number;
  /** Longest question accepted, in characters. Default 500. */
  maxQuestionLength?: number;
  /** Default: silent. */
  logger?: Logger;
  /** Default: the language resources shipped with Relais (glossary, lexicon, dictionary). */
  language?: LanguageResources;
  /** Save and reuse index snapshots. Default true. */
  useSnapshot?: boolean;
  /**
   * When a snapshot of this backend and analysis is found: 'before-serving' (default) compares the corpus
   * folder with the files it was built from first, and builds when they differ; 'while-serving' answers
   * from it at once and compares in the background, reindexing when files changed while Relais was
   * stopped (the snapshot answers meanwhile, as during any reindex). For a long-running bot: it saves
   * walking the folder before the first answer (~0.2 s at 10,000 files). The PostgreSQL backend always
   * compares first.
   */
  corpusCheck?: 'before-serving' | 'while-serving';
  /**
   * Which index: 'compact' (default, fastest) or 'minisearch' in the process, or 'postgres': shared by
   * every instance through the database given in `postgres` (no snapshot in dataDir then).
   */
  backend?: EmbeddedBackendName | 'postgres';
  /** The database, for backend 'postgres'. */
  postgres?: PostgresConnectionOptions;
}

export interface ReindexSummary {
  added: string[];
  changed: string[];
  removed: string[];
  skipped: SkippedFile[];
  documents: number;
  passages: number;
  durationMs: number;
}

export interface EngineStatus {
  corpusDir: string;
  documents: number;
  passages: number;
  /** ISO time the index was built. */
  indexedAt: string;
  /** Whether the index in use came from a saved snapshot or was built at start-up or by a reindex. */
  loadedFrom: 'snapshot' | 'build';
  skipped: SkippedFile[];
  reindexing: boolean;
}

/** The index being served and the answerer reading it. */
interface Serving {
  stored: StoredIndex;
  answerer: QuestionAnswerer;
}

export const DEFAULT_MAX_QUESTION_LENGTH = 500;

type CorpusCap = 'maxFileBytes' | 'maxDocumentBytes' | 'maxPdfPages';
type ResolvedOptions = Required<Omit<EngineOptions, CorpusCap | 'postgres'>> & Pick<EngineOptions, CorpusCap | 'postgres'>;

function corpusCaps(options: Pick<EngineOptions, CorpusCap>): LoadCorpusOptions {
  return { maxFileBytes: options.maxFileBytes, maxDocumentBytes: options.maxDocumentBytes, maxPdfPages: options.maxPdfPages };
}

/** What a finished reindex tells its listeners: the summary, or why it failed (the old index kept serving). */
export type ReindexOutcome = { ok: true; summary: ReindexSummary } | { ok: false; error: unknown; durationMs: number };

/** The store the options ask for: in this process with snapshots, or shared through PostgreSQL. */
function indexStore(options: ResolvedOptions): IndexStore {
  const { backend, corpusDir, dataDir, useSnapshot, logger, postgres } = options;
  if (backend !== 'postgres') {
    const checkFilesFirst = options.corpusCheck === 'before-serving';
    return new EmbeddedIndexStore({ backend, corpusDir, dataDir, useSnapshot, checkFilesFirst, corpusCaps: corpusCaps(options), logger });
  }
  if (!postgres?.connectionString) throw new Error("Relais engine: backend 'postgres' needs postgres.connectionString");
  return new SharedIndexStore({
    connection: postgres,
    corpusDir,
    logger,
    loadCorpus: () => loadCorpus(corpusDir, corpusCaps(options)),
    fingerprint: (known) => fingerprintCorpus(corpusDir, known),
  });
}

export class RelaisEngine {
  private current: Serving;
  private running: Promise<ReindexSummary> | undefined;
  private corpusCheck: Promise<void> = Promise.resolve();
  private readonly reindexListeners = new Set<(outcome: ReindexOutcome) => void>();

  private constructor(
    private readonly options: ResolvedOptions,
    private readonly store: IndexStore,
    first: StoredIndex,
  ) {
    this.current = this.serving(first);
  }

  /** Loads the saved index when it matches the corpus, builds it otherwise. */
  static async open(options: EngineOptions): Promise<RelaisEngine> {
    const resolved: ResolvedOptions = {
      logger: silentLogger,
      language: bundledLanguageResources(),
      maxQuestionLength: DEFAULT_MAX_QUESTION_LENGTH,
      useSnapshot: true,
      corpusCheck: 'before-serving',
      backend: 'compact',
      ...options,
      corpusDir: path.resolve(options.corpusDir),
      dataDir: path.resolve(options.dataDir),
    };
    // The language tables are read on the thread pool while this thread loads or builds the index.
    resolved.language.readAhead?.();
    const store = indexStore(resolved);
    const engine = new RelaisEngine(resolved, store, await store.open());
    engine.checkCorpusWhileServing();
    return engine;
  }

  /**
   * Resolves once the corpus folder has been compared with the snapshot served at start-up, and the
   * reindex that found changes is over (corpusCheck 'while-serving'); at once otherwise. Never rejects.
   */
  corpusChecked(): Promise<void> {
    return this.corpusCheck;
  }

  private checkCorpusWhileServing(): void {
    const first = this.current.stored;
    if (first.filesUnchecked) this.corpusCheck = this.reindexIfChanged(first);
  }

  private async reindexIfChanged(first: StoredIndex): Promise<void> {
    const { logger } = this.options;
    let unchanged: boolean;
    try {
      unchanged = await this.store.unchanged(first);
    } catch (error) {
      logger.warn({ error: String(error) }, 'the corpus folder could not be compared with the snapshot; the snapshot keeps serving');
      return;
    }
    // A reindex started meanwhile (an admin, the corpus watcher) already serves the corpus as it is.
    if (unchanged || this.current.stored !== first) return;
    logger.info({}, 'the corpus changed since the snapshot was saved; reindexing while the snapshot answers');
    // A failure is logged by the reindex, and told to its listeners.
    await this.reindex().catch(() => undefined);
  }

  private serving(stored: StoredIndex): Serving {
    return { stored, answerer: new QuestionAnswerer(stored.index, this.options.language) };
  }

  /**
   * Answers from the index to serve now (with PostgreSQL another instance may have switched it). An
   * index dropped mid-question is retried once on the new one; an unreachable index is a UserError
   * while it reconnects.
   */
  private async answerFromLatest(text: string, options: AskOptions, retried = false): Promise<Answer> {
    try {
      const latest = await this.store.latest(this.current.stored);
      if (latest !== this.current.stored) this.current = this.serving(latest);
      return await this.current.answerer.answer(text, options);
    } catch (error) {
      if (error instanceof GenerationGoneError && !retried) {
        this.store.forgetLatest();
        return this.answerFromLatest(text, options, true);
      }
      if (error instanceof SearchUnavailableError || error instanceof GenerationGoneError) {
        this.options.logger.warn({ error: error.message }, 'search is unavailable');
        throw new UserError('search-unavailable', {}, { cause: error });
      }
      throw error;
    }
  }

  /** Releases the database connections (backend 'postgres'); the engine must not be used afterwards. */
  async close(): Promise<void> {
    await this.store.close();
  }

  /**
   * Answers a question from the corpus. Throws a UserError for an empty, punctuation-only or
   * overlong question; never for what the question says.
   */
  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const text = typeof question === 'string' ? question.replace(/\s+/g, ' ').trim() : '';
    if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError('empty-question', {});
    const max = this.options.maxQuestionLength;
    if (text.length > max) throw new UserError('question-too-long', { length: text.length, max });
    return this.answerFromLatest(text, options);
  }

  /**
   * Rescans the corpus and swaps the new index in at once. While it runs, and if it fails, the old
   * index keeps answering. Calls made while one runs share it.
   */
  reindex(): Promise<ReindexSummary> {
    if (this.running === undefined) {
      const started = performance.now();
      this.running = this.runReindex()
        .then(
          (summary) => {
            this.notifyReindex({ ok: true, summary });
            return summary;
          },
          (error: unknown) => {
            this.notifyReindex({ ok: false, error, durationMs: Math.round(performance.now() - started) });
            throw error;
          },
        )
        .finally(() => {
          this.running = undefined;
        });
    }
    return this.running;
  }

  /** Called after every reindex, whoever started it (metrics, logs). Returns what removes the listener. */
  onReindex(listener: (outcome: ReindexOutcome) => void): () => void {
    this.reindexListeners.add(listener);
    return () => this.reindexListeners.delete(listener);
  }

  private notifyReindex(outcome: ReindexOutcome): void {
    for (const listener of this.reindexListeners) {
      try {
        listener(outcome);
      } catch (error) {
        this.options.logger.error({ error: String(error) }, 'reindex listener failed');
      }
    }
  }

  private async runReindex(): Promise<ReindexSummary> {
    const started = performance.now();
    const before = this.current.stored;
    let rebuilt: Rebuilt;
    try {
      rebuilt = await this.store.rebuild(before);
    } catch (error) {
      if (error instanceof SearchUnavailableError) {
        this.options.logger.error({ error: error.message }, 'reindex failed: database unreachable; the previous index keeps serving');
        throw new UserError('search-unavailable', {}, { cause: error });
      }
      this.options.logger.error({ error: String(error) }, 'reindex failed; the previous index keeps serving');
      const code = errnoCode(error);
      throw new UserError('reindex-failed', code ? { code } : {}, { cause: error });
    }
    const { built } = rebuilt;
    this.current = this.serving(rebuilt.serving);
    // Files the loader refused are reported once, as skipped, not also as added or changed.
    const refused = new Set(built.skipped.map((f) => f.file));
    const old = new Map(before.files.map((f) => [f.file, f.sha256]));
    const now = new Map(built.files.filter((f) => !refused.has(f.file)).map((f) => [f.file, f.sha256]));
    return {
      added: [...now.keys()].filter((f) => !old.has(f)),
      changed: [...now.keys()].filter((f) => old.has(f) && old.get(f) !== now.get(f)),
      removed: [...old.keys()].filter((f) => !now.has(f) && !refused.has(f)),
      skipped: built.skipped,
      documents: built.documents,
      passages: built.passages,
      durationMs: Math.round(performance.now() - started),
    };
  }

  /**
   * Answers questions made from the corpus, so the first people to ask do not pay for the JIT compiling
   * the ranking code. Takes a few hundred milliseconds; `npm start` runs it once the bot is serving.
   * Never throws: warming up is an optimisation.
   */
  async warmUp(count = 150): Promise<void> {
    try {
      const index = this.current.stored.index;
      for (const question of await warmUpQuestions(index, count)) {
        await this.ask(question).catch(() => undefined);
        // Between questions, let real ones through.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      this.options.logger.debug({ error: String(error) }, 'warm-up stopped');
    }
  }

  status(): EngineStatus {
    const g = this.current.stored;
    return {
      corpusDir: this.options.corpusDir,
      documents: g.index.documents.length,
      passages: g.index.passageCount,
      indexedAt: g.indexedAt,
      loadedFrom: g.loadedFrom,
      skipped: g.skipped,
      reindexing: this.running !== undefined,
    };
  }

  /**
   * The paragraph around a passage an answer cited (Fact.passage), from the index being served;
   * undefined when the reference is malformed or the passage is no longer in the corpus.
   */
  async readPassage(reference: string): Promise<PassageInContext | undefined> {
    return passageInContext(await this.latestIndex(), reference);
  }

  /** A document's citation data and opening sentences, by its file name; undefined when none has that name. */
  async readDocument(file: string): Promise<DocumentOpening | undefined> {
    return documentOpening(await this.latestIndex(), file);
  }

  private async latestIndex(): Promise<SearchBackend> {
    try {
      const latest = await this.store.latest(this.current.stored);
      if (latest !== this.current.stored) this.current = this.serving(latest);
    } catch (error) {
      if (!(error instanceof SearchUnavailableError || error instanceof GenerationGoneError)) throw error;
      throw new UserError('search-unavailable', {}, { cause: error });
    }
    return this.current.stored.index;
  }

  /** The indexed press releases, in file order. */
  documents(): readonly IndexedDocument[] {
    return this.current.stored.index.documents;
  }

  /**
   * The documents every word points to (title, file, territory, tags, or the text itself), those
   * named in their description first; all of them, in file order, without words.
   */
  async findDocuments(words: string): Promise<IndexedDocument[]> {
    const latest = await this.store.latest(this.current.stored);
    if (latest !== this.current.stored) this.current = this.serving(latest);
    return findDocuments(latest.index, words);
  }
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
