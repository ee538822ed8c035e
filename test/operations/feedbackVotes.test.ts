// Votes kept in DATA_DIR: appended when they count, read back after a restart, bad lines skipped;
// the salt of the voters' hashes made once and kept.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackVote } from '../../commands/command.ts';
import { silentLogger } from '../../src/engine/index.ts';
import { FEEDBACK_SALT_FILE, feedbackSalt } from '../../src/operations/feedbackSalt.ts';
import { FEEDBACK_VOTES_FILE, FeedbackVotes } from '../../src/operations/feedbackVotes.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'relais-votes-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const vote = (voterHash: string, v: 'up' | 'down'): FeedbackVote => ({
  answerId: 'ans1',
  voterHash,
  vote: v,
  platform: 'slack',
  question: 'Combien de prises ?',
  sources: ['corpus/x.txt'],
});

describe('FeedbackVotes', () => {
  it('appends the votes that count and reads them back after a restart', async () => {
    const store = await FeedbackVotes.open({ dataDir, logger: silentLogger });
    expect(await store.vote(vote('h1', 'up'))).toBe('recorded');
    expect(await store.vote(vote('h1', 'up'))).toBe('unchanged');
    expect(await store.vote(vote('h1', 'down'))).toBe('changed');
    expect(await store.vote(vote('h2', 'up'))).toBe('recorded');
    await store.flush();
    const lines = (await readFile(path.join(dataDir, FEEDBACK_VOTES_FILE), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    await writeFile(path.join(dataDir, FEEDBACK_VOTES_FILE), `${lines.join('\n')}\nnot json\n`);

    const reopened = await FeedbackVotes.open({ dataDir, logger: silentLogger });
    expect(await reopened.summary()).toMatchObject({ votes: 2, helpful: 1 });
    expect(await reopened.vote(vote('h1', 'down'))).toBe('unchanged');
  });

  it('makes a salt once and keeps it; a configured salt wins', async () => {
    const first = await feedbackSalt(undefined, dataDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await feedbackSalt(undefined, dataDir)).toBe(first);
    expect((await readFile(path.join(dataDir, FEEDBACK_SALT_FILE), 'utf8')).trim()).toBe(first);
    expect(await feedbackSalt('un-sel-configuré-assez-long', dataDir)).toBe('un-sel-configuré-assez-long');
  });
});
