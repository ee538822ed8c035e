// The answer engine's one public entry: everything outside src/engine imports from here, never from a
// file inside (the lint forbids it), so the engine can be rearranged without touching its callers.

// Opening, asking, reindexing.
export {
  DEFAULT_MAX_QUESTION_LENGTH,
  type EngineOptions,
  type EngineStatus,
  RelaisEngine,
  type ReindexOutcome,
  type ReindexSummary,
} from './relaisEngine.ts';
export type { AskOptions } from './answer/answerQuestion.ts';
export type { Answer, Citation, Fact, UnansweredReason } from './answer/answer.ts';
export type { Span } from './answer/buildExcerpt.ts';
export type { CorpusDocument, CorpusLoadResult, DocumentMetadata, FileFingerprint, SkippedFile } from './types.ts';
export type { IndexedDocument } from './search/searchBackend.ts';
export type { PassageInContext } from './reading/passageInContext.ts';
export type { DocumentOpening } from './reading/documentOpening.ts';

// Errors meant for the asker, and the logging the engine writes to.
export { UserError, type UserErrorCode, type UserErrorParams } from './userError.ts';
export { type Logger, type LogLevel, newErrorRef, silentLogger, stderrLogger } from './logger.ts';

// Language: which one a text is in, and comparing words as the engine does.
export { detectLocale, type Locale } from './language/locale.ts';
export { foldWord, normalizeApostrophes } from './language/foldText.ts';
export { isFunctionWord } from './language/functionWords.ts';
export { questionKeyTerms } from './analysis/questionKey.ts';

// Reading documents as the corpus loader does (fetching pages into the corpus reuses these).
export { loadCorpus, type LoadCorpusOptions } from './corpus/loadCorpus.ts';
export { readHtmlPage } from './corpus/readHtmlPage.ts';
export { dateFromMetadata } from './corpus/metadataDate.ts';
export { formatFileSize } from './corpus/fileSize.ts';
