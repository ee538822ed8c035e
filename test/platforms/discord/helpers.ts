// Shared set-up for the Discord adapter tests: a temp copy of the bundled corpus (plus extra files),
// the engine over it, FakeDiscord and the real adapter against it.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClientOptions } from 'discord.js';
import type { QuestionGate } from '../../../commands/command.ts';
import type { DiscordConfig } from '../../../src/config.ts';
import { RelaisEngine, silentLogger, type Logger } from '../../../src/engine/index.ts';
import { DiscordAdapter } from '../../../src/platforms/discord/discordAdapter.ts';
import { FakeDiscord, type RecordedRequest } from '../../fakes/fakeDiscord.ts';

export const BUNDLED_CORPUS = path.resolve(import.meta.dirname, '../../../corpus');

/** The sentence with mass and user mentions that must never ping anyone. */
export const MENTION_FILE = {
  name: 'zz_mentions.txt',
  text: [
    'Annonce numérique à Trifouillis-les-Oies',
    '',
    'Le 12 mars 2024, la mairie de Trifouillis-les-Oies a prévenu @everyone et @here que le télécentre ouvrira en avril, selon <@123> et <@&456>.',
  ].join('\n'),
};

export async function tempCorpus(
  extra: { name: string; text: string }[] = [],
): Promise<{ root: string; corpusDir: string; dataDir: string; cleanup(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'relais-discord-'));
  const corpusDir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  await cp(BUNDLED_CORPUS, corpusDir, { recursive: true });
  for (const f of extra) await writeFile(path.join(corpusDir, f.name), f.text);
  return { root, corpusDir, dataDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** No 5 s wait between re-IDENTIFYs (discord.js's SimpleIdentifyThrottler), and no REST retries. */
export const fastClientOptions: Partial<ClientOptions> = {
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
  rest: { retries: 0 },
};

export function discordConfig(fake: FakeDiscord, overrides: Partial<DiscordConfig> = {}): DiscordConfig {
  return {
    token: fake.token,
    applicationId: fake.applicationId,
    adminRoleIds: [],
    apiUrl: fake.apiUrl,
    shards: 'off',
    ...overrides,
  };
}

export interface Harness {
  fake: FakeDiscord;
  engine: RelaisEngine;
  adapter: DiscordAdapter;
  logs: { level: string; details: object; message?: string }[];
  stop(): Promise<void>;
}

export async function startHarness(
  opts: { config?: Partial<DiscordConfig>; extraFiles?: { name: string; text: string }[]; questions?: QuestionGate } = {},
): Promise<Harness> {
  const corpus = await tempCorpus(opts.extraFiles);
  const engine = await RelaisEngine.open({ corpusDir: corpus.corpusDir, dataDir: corpus.dataDir, useSnapshot: false });
  const fake = await FakeDiscord.start();
  const logs: Harness['logs'] = [];
  const record = (level: string) => (details: object, message?: string) => void logs.push({ level, details, message });
  const logger: Logger = { ...silentLogger, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
  const adapter = await DiscordAdapter.start({
    config: discordConfig(fake, opts.config),
    engine,
    logger,
    clientOptions: fastClientOptions,
    ...(opts.questions ? { questions: opts.questions } : {}),
  });
  return {
    fake,
    engine,
    adapter,
    logs,
    async stop() {
      await adapter.stop();
      await fake.stop();
      await corpus.cleanup();
    },
  };
}

export const isPatchOriginal = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`);
export const isCallback = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
export const isFollowUp = (token: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.endsWith(`/webhooks/${r.path.split('/')[2]}/${token}`);

/** Every request that carries a message (content or embeds). */
export function messageBodies(fake: FakeDiscord): { req: RecordedRequest; data: Record<string, any> }[] {
  return fake.requests.flatMap((req) => {
    const data = req.path.endsWith('/callback') ? req.body?.data : req.body;
    if (!data || typeof data !== 'object') return [];
    return 'content' in data || 'embeds' in data ? [{ req, data }] : [];
  });
}

/** Whether `markdown` holds a `[` that Discord would read (one not escaped by a backslash). */
export function hasUnescapedBracket(markdown: string): boolean {
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') i++;
    else if (markdown[i] === '[') return true;
  }
  return false;
}

/**
 * Waits until every event sent to the bot so far has been handled: a DM sent now is answered after
 * them (discord.js dispatches in order, and the adapter starts each handler in that order). Used
 * instead of sleeping before checking that something did not happen.
 */
export async function drain(fake: FakeDiscord): Promise<void> {
  const marker = fake.messageCreate({ content: 'aide', author: fake.users.alice, dm: true });
  await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === marker.id);
}
