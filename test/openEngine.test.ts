// Opening the engine as configured: the corpus folder checked first, PostgreSQL's failures named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/engine/index.ts';
import { openConfiguredEngine } from '../src/openEngine.ts';
import { StartupError } from '../src/startupError.ts';
import { DATABASE_URL } from './engine/search/postgres/postgresTestDatabase.ts';
import { freePort } from './fakes/fakeSlack.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'relais-open-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const open = (env: Record<string, string>) =>
  openConfiguredEngine(parseConfig({ DATA_DIR: path.join(work, 'data'), ...env }), silentLogger);

describe('openConfiguredEngine (issue 14, item 5)', () => {
  it('names CORPUS_DIR when it is missing or a file', async () => {
    await expect(open({ CORPUS_DIR: path.join(work, 'absent') })).rejects.toThrow(
      new StartupError(
        `CORPUS_DIR=${path.join(work, 'absent')}: no such folder. Create it and put the press releases in it, or set CORPUS_DIR to their folder.`,
      ),
    );
    writeFileSync(path.join(work, 'un-fichier.txt'), 'Le Gers.');
    await expect(open({ CORPUS_DIR: path.join(work, 'un-fichier.txt') })).rejects.toThrow(
      /^CORPUS_DIR=.*un-fichier\.txt is a file, not a folder/,
    );
  });

  it('names DATABASE_URL when PostgreSQL cannot be reached, without its password', async () => {
    const port = await freePort();
    const error = await open({
      SEARCH_BACKEND: 'postgres',
      DATABASE_URL: `postgres://relais:mot-de-passe-secret@127.0.0.1:${port}/relais`,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe(
      `DATABASE_URL: PostgreSQL at 127.0.0.1:${port}/relais could not be reached (ECONNREFUSED): start the server, or correct the host and port in DATABASE_URL.`,
    );
  });

  it.skipIf(!DATABASE_URL)('names the database in DATABASE_URL when it does not exist', async () => {
    const url = new URL(DATABASE_URL!);
    url.pathname = '/relais_base_absente';
    await expect(open({ SEARCH_BACKEND: 'postgres', DATABASE_URL: url.href })).rejects.toThrow(
      /^DATABASE_URL: the database in .*\/relais_base_absente does not exist \(3D000\)/,
    );
  });
});
