// The answer engine as the rest of Relais sees it: open it over a corpus folder, ask it questions,
// reindex it. It knows nothing of Slack, Discord or terminals.
import path from 'node:path';
import { analysisFingerprint } from './analysis/analysisFingerprint.ts';
import { bundledLanguageResources, type LanguageResources } from './language/languageResources.ts';
import { detectLocale } from './language/locale.ts';
import type { Answer } from './answer/answer.ts';
import { type AskOptions, QuestionAnswerer } from './answer/answerQuestion.ts';
import { warmUpQuestions } from './answer/warmUpQuestions.ts';
import { fingerprintCorpus, loadCorpus, type LoadCorpusOptions } from './corpus/loadCorpus.ts';
import { EMBEDDED_BACKENDS, type EmbeddedBackendName } from './index/embeddedBackends.ts';
import { loadSnapshot, sameFiles, saveSnapshot } from './index/indexSnapshot.ts';
import type { PostgresConnectionOptions, PostgresIndex, SharedGeneration } from './index/postgres/postgresIndex.ts';
import { GenerationGoneError, SearchUnavailableError } from './index/postgres/searchUnavailable.ts';
import type { IndexedDocument, SearchBackend } from './index/searchBackend.ts';
import { type Logger, silentLogger } from './logger.ts';
import type { FileFingerprint, SkippedFile } from './types.ts';
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

interface Generation {
  index: SearchBackend;
  answerer: QuestionAnswerer;
  files: FileFingerprint[];
  skipped: SkippedFile[];
  indexedAt: string;
  loadedFrom: 'snapshot' | 'build';
  /** With backend 'postgres': the database generation it serves. */
  shared?: SharedGeneration;
}

export const DEFAULT_MAX_QUESTION_LENGTH = 500;

type CorpusCap = 'maxFileBytes' | 'maxDocumentBytes' | 'maxPdfPages';

function corpusCaps(options: Pick<EngineOptions, CorpusCap>): LoadCorpusOptions {
  return { maxFileBytes: options.maxFileBytes, maxDocumentBytes: options.maxDocumentBytes, maxPdfPages: options.maxPdfPages };
}

/** What a finished reindex tells its listeners: the summary, or why it failed (the old index kept serving). */
export type ReindexOutcome = { ok: true; summary: ReindexSummary } | { ok: false; error: unknown; durationMs: number };

export class RelaisEngine {
  private current: Generation;
  private running: Promise<ReindexSummary> | undefined;
  private readonly reindexListeners = new Set<(outcome: ReindexOutcome) => void>();
  /** With backend 'postgres': the index in the database. */
  private shared: PostgresIndex | undefined;

  private constructor(
    private readonly options: Required<Omit<EngineOptions, CorpusCap>> & Pick<EngineOptions, CorpusCap>,
    first: Generation,
  ) {
    this.current = first;
  }

  /** Loads the saved index when it matches the corpus, builds it otherwise. */
  static async open(options: EngineOptions): Promise<RelaisEngine> {
    const resolved = {
      logger: silentLogger,
      language: bundledLanguageResources(),
      maxQuestionLength: DEFAULT_MAX_QUESTION_LENGTH,
      useSnapshot: true,
      backend: 'compact' as EmbeddedBackendName | 'postgres',
      postgres: undefined as unknown as PostgresConnectionOptions,
      ...options,
      corpusDir: path.resolve(options.corpusDir),
      dataDir: path.resolve(options.dataDir),
    };
    const log = resolved.logger;
    if (resolved.backend === 'postgres') return RelaisEngine.openShared(resolved);
    if (resolved.useSnapshot) {
      const started = Date.now();
      const saved = await loadSnapshot(resolved.dataDir);
      // The corpus is fingerprinted only to compare it with a usable snapshot: a build fingerprints
      // the files as it reads them (hashing 100,000 files first would read them all twice).
      const usable = saved.ok && saved.header.backend === resolved.backend && saved.header.corpusDir === resolved.corpusDir &&
        saved.header.analysis === analysisFingerprint();
      const files = usable ? await fingerprintCorpus(resolved.corpusDir, saved.header.files) : [];
      const matches = usable && sameFiles(saved.header.files, files);
      if (saved.ok && matches) {
        try {
          const index = EMBEDDED_BACKENDS[resolved.backend as EmbeddedBackendName].fromParts(saved.parts);
          log.info({ documents: index.documents.length, ms: Date.now() - started }, 'index loaded from snapshot');
          return new RelaisEngine(resolved, {
            index, answerer: new QuestionAnswerer(index, resolved.language), files, skipped: saved.header.skipped,
            indexedAt: saved.header.builtAt, loadedFrom: 'snapshot',
          });
        } catch (error) {
          log.warn({ error: String(error) }, 'snapshot could not be loaded; rebuilding');
        }
      } else {
        log.info({ reason: saved.ok ? 'corpus or backend changed since the snapshot' : saved.reason }, 'building the index');
      }
    }
    const engine = new RelaisEngine(resolved, await RelaisEngine.build(resolved));
    await engine.save();
    return engine;
  }

  private static async build(options: RelaisEngine['options']): Promise<Generation> {
    const corpus = await loadCorpus(options.corpusDir, corpusCaps(options));
    for (const s of corpus.skipped) options.logger.warn({ file: s.file, reason: s.reason }, 'corpus file skipped');
    const index = EMBEDDED_BACKENDS[options.backend as EmbeddedBackendName].build(corpus.documents);
    return {
      index, answerer: new QuestionAnswerer(index, options.language), files: corpus.files, skipped: corpus.skipped,
      indexedAt: new Date().toISOString(), loadedFrom: 'build',
    };
  }

  /** Backend 'postgres': migrates the database, then serves its current index or builds one there. */
  private static async openShared(options: RelaisEngine['options']): Promise<RelaisEngine> {
    if (!options.postgres?.connectionString) throw new Error("Relais engine: backend 'postgres' needs postgres.connectionString");
    const { PostgresIndex } = await import('./index/postgres/postgresIndex.ts');
    const { store, generation } = await PostgresIndex.open({
      connection: options.postgres, corpusDir: options.corpusDir, logger: options.logger,
      loadCorpus: () => loadCorpus(options.corpusDir, corpusCaps(options)),
      fingerprint: (known) => fingerprintCorpus(options.corpusDir, known),
    });
    const engine = new RelaisEngine(options, RelaisEngine.fromShared(generation, options.language));
    engine.shared = store;
    return engine;
  }

  private static fromShared(shared: SharedGeneration, language: LanguageResources): Generation {
    return {
      index: shared.index, answerer: new QuestionAnswerer(shared.index, language), files: shared.info.files,
      skipped: shared.info.skipped, indexedAt: shared.info.builtAt, loadedFrom: shared.loadedFrom, shared,
    };
  }

  /**
   * Backend 'postgres': the generation every instance serves now (another instance may have switched
   * it), answering the question. A generation dropped mid-question is retried once on the new one;
   * an unreachable database is a UserError while the pool reconnects.
   */
  private async askShared(text: string, english: boolean, options: AskOptions, retried = false): Promise<Answer> {
    try {
      const latest = await this.shared!.current();
      if (latest !== this.current.shared) this.current = RelaisEngine.fromShared(latest, this.options.language);
      return await this.current.answerer.answer(text, options);
    } catch (error) {
      if (error instanceof GenerationGoneError && !retried) {
        this.shared!.invalidate();
        return this.askShared(text, english, options, true);
      }
      if (error instanceof SearchUnavailableError || error instanceof GenerationGoneError) {
        this.options.logger.warn({ error: error.message }, 'search is unavailable');
        throw searchUnavailable(english, error);
      }
      throw error;
    }
  }

  /** Releases the database connections (backend 'postgres'); the engine must not be used afterwards. */
  async close(): Promise<void> {
    await this.shared?.close();
  }

  private async save(): Promise<void> {
    if (!this.options.useSnapshot || this.shared) return;
    const g = this.current;
    try {
      await saveSnapshot(
        this.options.dataDir,
        { backend: this.options.backend, analysis: analysisFingerprint(), corpusDir: this.options.corpusDir, builtAt: g.indexedAt, files: g.files, skipped: g.skipped },
        EMBEDDED_BACKENDS[this.options.backend as EmbeddedBackendName].toParts(g.index),
      );
    } catch (error) {
      // Serving goes on without a snapshot; the next start-up rebuilds.
      this.options.logger.warn({ error: String(error), dataDir: this.options.dataDir }, 'index snapshot not saved');
    }
  }

  /**
   * Answers a question from the corpus. Throws a UserError for an empty, punctuation-only or
   * overlong question; never for what the question says.
   */
  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const text = typeof question === 'string' ? question.replace(/\s+/g, ' ').trim() : '';
    const english = (options.locale ?? detectLocale(text)) === 'en';
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new UserError('empty-question', english
        ? 'Ask a question in words, e.g. "How many homes can get fibre in the Gers?"'
        : 'Posez une question avec des mots, par exemple « Combien de prises sont éligibles à la fibre dans le Gers ? »');
    }
    const max = this.options.maxQuestionLength;
    if (text.length > max) {
      throw new UserError('question-too-long', english
        ? `That question is ${text.length} characters long; keep it under ${max}.`
        : `Cette question fait ${text.length} caractères ; la limite est de ${max}.`);
    }
    if (this.shared) return this.askShared(text, english, options);
    return this.current.answerer.answer(text, options);
  }

  /**
   * Rescans the corpus and swaps the new index in at once. While it runs, and if it fails, the old
   * index keeps answering. Calls made while one runs share it.
   */
  reindex(): Promise<ReindexSummary> {
    if (this.running === undefined) {
      const started = performance.now();
      this.running = this.runReindex().then(
        (summary) => {
          this.notifyReindex({ ok: true, summary });
          return summary;
        },
        (error: unknown) => {
          this.notifyReindex({ ok: false, error, durationMs: Math.round(performance.now() - started) });
          throw error;
        },
      ).finally(() => {
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
    const before = this.current;
    let next: Generation;
    // What was built: the generation now served, except on PostgreSQL behind a lagging read replica.
    let built: { files: FileFingerprint[]; skipped: SkippedFile[]; documents: number; passages: number };
    try {
      if (this.shared) {
        const result = await this.shared.reindex(before.shared?.info.id ?? '');
        next = RelaisEngine.fromShared(result.serving, this.options.language);
        built = result.built;
      } else {
        next = await RelaisEngine.build(this.options);
        built = { files: next.files, skipped: next.skipped, documents: next.index.documents.length, passages: next.index.passageCount };
      }
    } catch (error) {
      if (error instanceof SearchUnavailableError) {
        this.options.logger.error({ error: error.message }, 'reindex failed: database unreachable; the previous index keeps serving');
        throw searchUnavailable(false, error);
      }
      this.options.logger.error({ error: String(error) }, 'reindex failed; the previous index keeps serving');
      throw new UserError('reindex-failed', `Réindexation impossible : le dossier du corpus ne se lit pas (${(error as NodeJS.ErrnoException).code ?? 'erreur'}). L'index précédent reste en service.`, { cause: error });
    }
    this.current = next;
    await this.save();
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
      const index = this.current.index;
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
    const g = this.current;
    return {
      corpusDir: this.options.corpusDir, documents: g.index.documents.length, passages: g.index.passageCount,
      indexedAt: g.indexedAt, loadedFrom: g.loadedFrom, skipped: g.skipped, reindexing: this.running !== undefined,
    };
  }

  /** The indexed press releases, in file order. */
  documents(): readonly IndexedDocument[] {
    return this.current.index.documents;
  }
}

function searchUnavailable(english: boolean, cause: unknown): UserError {
  return new UserError('search-unavailable', english
    ? 'Search is unavailable, retrying: the index database cannot be reached right now. Ask again in a moment.'
    : "La recherche est indisponible, nouvelle tentative en cours : la base de l'index ne répond pas. Reposez la question dans un instant.",
  { cause });
}
