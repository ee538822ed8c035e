// Shared set-up for the Slack adapter tests: a temp copy of the corpus, an engine over it, the real
// SlackAdapter (real Bolt) against FakeSlack on 127.0.0.1, a logger that records, and cleanup in the
// right order (adapter before fake, fake before temp folders).
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SlackConfig } from '../../../src/config.ts';
import { RelaisEngine, type Logger } from '../../../src/engine/index.ts';
import { SlackAdapter, type SlackAdapterOptions } from '../../../src/platforms/slack/slackAdapter.ts';
import { FakeSlack, type RecordedCall, type RecordedResponse, type SlashCommandFields } from '../../fakes/fakeSlack.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot-token';
export const APP_TOKEN = 'xapp-test-app-token';
export const ADMIN_USER_ID = 'U0ADMIN0001';
export const GERS_QUESTION = 'Combien de personnes sont mobilisées sur les chantiers de fibre du Gers ?';
export const GERS_FILE = '002_dc55de66c2507726.txt';
/** How answers cite that release: its title (shortened), not its file. */
export const GERS_TITLE = 'Gers numérique : Philippe Martin';

const CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url));

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message: string | undefined;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (details: object, message?: string) => {
    entries.push({ level, details: details as Record<string, unknown>, message });
  };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Small, fast retries for tests (production uses ./slackRetryPolicy.ts's defaults). */
export const TEST_RETRY: NonNullable<SlackAdapterOptions['retry']> = {
  webApi: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
  responseUrl: { retries: 1, minDelayMs: 10, maxDelayMs: 10, maxRetryAfterSec: 1, maxTotalMs: 5_000, timeoutMs: 3_000 },
  socketConnection: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
};

export interface Harness {
  fake: FakeSlack;
  engine: RelaisEngine;
  adapter: SlackAdapter;
  logger: ReturnType<typeof recordingLogger>;
  corpusDir: string;
  /** Adds a file to the temp corpus (not indexed until a reindex). */
  writeCorpusFile(name: string, text: string): Promise<void>;
  /** Stops the adapter, then the fake, then removes the temp folders. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode: 'http' | 'socket';
  /** Files written into the corpus before the engine opens. */
  extraFiles?: Record<string, string>;
  /** More adapter options (e.g. the question gate). */
  adapter?: Partial<Pick<SlackAdapterOptions, 'questions' | 'stopGraceMs' | 'socketReconnectDelayMs' | 'conversations'>>;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const root = await mkdtemp(path.join(tmpdir(), 'relais-slack-'));
  const corpusDir = path.join(root, 'corpus');
  await cp(CORPUS, corpusDir, { recursive: true });
  for (const [name, text] of Object.entries(options.extraFiles ?? {})) await writeFile(path.join(corpusDir, name), text);
  const engine = await RelaisEngine.open({ corpusDir, dataDir: path.join(root, 'data'), useSnapshot: false });
  const fake = await FakeSlack.start();
  const logger = recordingLogger();
  const config: SlackConfig = {
    botToken: BOT_TOKEN,
    adminUserIds: [ADMIN_USER_ID],
    apiUrl: fake.apiUrl,
    port: 0,
    ...(options.mode === 'socket' ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET }),
  };
  let adapter: SlackAdapter;
  try {
    adapter = await SlackAdapter.start({ config, engine, logger, retry: TEST_RETRY, socketClientPingTimeoutMs: 300, ...options.adapter });
    if (options.mode === 'socket') await fake.waitForSocketConnection();
  } catch (error) {
    await fake.stop();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    fake,
    engine,
    adapter,
    logger,
    corpusDir,
    writeCorpusFile: (name, text) => writeFile(path.join(corpusDir, name), text),
    async close() {
      await adapter.stop();
      await fake.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The id FakeSlack records a response_url POST under. */
export function responseIdOf(payload: SlashCommandFields): string {
  return decodeURIComponent(new URL(payload.response_url).pathname.split('/').pop() ?? '');
}

/** Sends a signed /relais over HTTP; returns the HTTP result and a waiter for the n-th response to it. */
export async function slash(h: Harness, text: string, fields: Partial<SlashCommandFields> = {}) {
  const payload = h.fake.slashCommand({ text, ...fields });
  const id = responseIdOf(payload);
  const result = await h.fake.sendSlashCommand(h.adapter.url as string, SIGNING_SECRET, payload);
  return {
    result,
    id,
    /** The nth (1-based) response_url POST for this command. */
    response: (nth = 1) => waitForNthResponse(h.fake, id, nth),
  };
}

export async function waitForNthResponse(fake: FakeSlack, id: string, nth: number, timeoutMs = 15_000): Promise<RecordedResponse> {
  await fake.waitForResponse((r) => r.id === id && fake.responsesTo(id).indexOf(r) === nth - 1, timeoutMs);
  return fake.responsesTo(id)[nth - 1] as RecordedResponse;
}

/** Everything the app sent that a Slack user could see (texts and blocks), as JSON strings. */
export function everythingPosted(fake: FakeSlack): string[] {
  const visible = (body: Record<string, unknown>) => JSON.stringify({ text: body['text'], blocks: body['blocks'] });
  return [
    ...fake.calls.filter((c) => c.method.startsWith('chat.')).map((c: RecordedCall) => visible(c.body)),
    ...fake.responses.map((r) => visible(r.body)),
  ];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
