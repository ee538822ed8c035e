// Opening the answer engine as configured, for every entry point (npm start, ask, the Discord
// sharding manager and its shards). The corpus folder is checked first, and the usual failures — no
// such folder, PostgreSQL unreachable or refusing — become one line naming the setting (CORPUS_DIR,
// DATABASE_URL) and what to do.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Config, searchEngineOptions } from './config.ts';
import { RelaisEngine, type EngineOptions, type Logger } from './engine/index.ts';
import { errorCode, isUnreachable, StartupError } from './startupError.ts';

export async function openConfiguredEngine(config: Config, logger: Logger, extra: Partial<EngineOptions> = {}): Promise<RelaisEngine> {
  await checkCorpusFolder(config.corpusDir);
  const options = searchEngineOptions(config);
  try {
    return await RelaisEngine.open({
      corpusDir: config.corpusDir,
      dataDir: config.dataDir,
      maxFileBytes: config.maxFileBytes,
      maxDocumentBytes: config.maxDocumentBytes,
      maxPdfPages: config.maxPdfPages,
      maxQuestionLength: config.maxQuestionLength,
      logger,
      ...options,
      ...extra,
    });
  } catch (error) {
    if (options.backend === 'postgres' && options.postgres)
      throw postgresFailure(error, options.postgres.connectionString, options.postgres.schema) ?? error;
    throw error;
  }
}

/** CORPUS_DIR must be a folder this user can list. */
export async function checkCorpusFolder(corpusDir: string): Promise<void> {
  const shown = `CORPUS_DIR=${corpusDir}${path.isAbsolute(corpusDir) ? '' : ` (${path.resolve(corpusDir)})`}`;
  let isFolder: boolean;
  try {
    isFolder = (await stat(corpusDir)).isDirectory();
    if (isFolder) await readdir(corpusDir);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new StartupError(`${shown}: no such folder. Create it and put the press releases in it, or set CORPUS_DIR to their folder.`);
    }
    throw new StartupError(
      `${shown} cannot be read by this user (${code ?? String(error)}): give it read access, or set CORPUS_DIR to another folder.`,
    );
  }
  if (!isFolder) throw new StartupError(`${shown} is a file, not a folder: set CORPUS_DIR to the folder holding the press releases.`);
}

/** DATABASE_URL without its password: what may be shown. */
function databaseShown(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the server';
  }
}

/** PostgreSQL's usual refusals (by SQLSTATE) and unreachability, as one line; undefined for anything else. */
export function postgresFailure(error: unknown, url: string, schema: string): StartupError | undefined {
  const where = databaseShown(url);
  const code = errorCode(error);
  if (code === '28P01' || code === '28000') {
    return new StartupError(
      `DATABASE_URL: PostgreSQL at ${where} did not accept the user or password (${code}): correct them in DATABASE_URL.`,
    );
  }
  if (code === '3D000') {
    return new StartupError(`DATABASE_URL: the database in ${where} does not exist (3D000): create it (createdb) or correct DATABASE_URL.`);
  }
  if (code === '42501') {
    return new StartupError(
      `DATABASE_SCHEMA=${schema}: the user in DATABASE_URL may not create or use it (42501): grant it CREATE on the database, or choose a schema it owns.`,
    );
  }
  if (
    isUnreachable(error) ||
    /^08/.test(code ?? '') ||
    /^57P0[123]$/.test(code ?? '') ||
    /terminated|timeout/i.test(error instanceof Error ? error.message : '')
  ) {
    return new StartupError(
      `DATABASE_URL: PostgreSQL at ${where} could not be reached (${code ?? (error instanceof Error ? error.message : 'no answer')}): start the server, or correct the host and port in DATABASE_URL.`,
    );
  }
  return undefined;
}
