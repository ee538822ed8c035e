/**
 * The manager's ShardHub and a shard's ManagerLink joined by an in-memory channel (the same messages
 * the ShardingManager's IPC carries): records and summaries, votes kept once in the manager's store,
 * reindexes relayed once, metrics gathered with a shard that does not answer left out.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuestionStatsSummary } from '../../../commands/command.ts';
import type { RelaisEngine, ReindexOutcome, ReindexSummary } from '../../../src/engine/index.ts';
import { silentLogger } from '../../../src/engine/index.ts';
import { FeedbackVotes } from '../../../src/operations/feedbackVotes.ts';
import { RelaisMetrics } from '../../../src/operations/metrics.ts';
import type { QuestionRecord, QuestionStatsStore } from '../../../src/operations/questionStatsStore.ts';
import { ManagerLink } from '../../../src/operations/shards/managerLink.ts';
import { ShardHub } from '../../../src/operations/shards/shardHub.ts';
import type { ManagerToShard, MessageChannel, ShardToManager } from '../../../src/operations/shards/shardMessages.ts';

/** Two ends of a channel; messages go through JSON, as child_process IPC sends them, on a later tick. */
function channelPair(): {
  manager: MessageChannel<ManagerToShard, ShardToManager>;
  shard: MessageChannel<ShardToManager, ManagerToShard>;
} {
  const toShard: ((m: ManagerToShard) => void)[] = [];
  const toManager: ((m: ShardToManager) => void)[] = [];
  const deliver = <T>(listeners: ((m: T) => void)[], message: T) =>
    setImmediate(() => {
      for (const l of listeners) l(JSON.parse(JSON.stringify(message)) as T);
    });
  return {
    manager: { send: (m) => deliver(toShard, m), onMessage: (l) => void toManager.push(l) },
    shard: { send: (m) => deliver(toManager, m), onMessage: (l) => void toShard.push(l) },
  };
}

/** What the hub needs of an engine: reindex() and onReindex(). */
function engineStub(): RelaisEngine & { reindexes: number } {
  const listeners = new Set<(o: ReindexOutcome) => void>();
  const stub = {
    reindexes: 0,
    onReindex: (l: (o: ReindexOutcome) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    reindex: async (): Promise<ReindexSummary> => {
      stub.reindexes++;
      const summary = { added: [], changed: [], removed: [], skipped: [], documents: 1, passages: 1, durationMs: 1 };
      for (const l of listeners) l({ ok: true, summary });
      return summary;
    },
  };
  return stub as unknown as RelaisEngine & { reindexes: number };
}

function memoryStore(): QuestionStatsStore & { kept: QuestionRecord[] } {
  const kept: QuestionRecord[] = [];
  return {
    kept,
    record: () => undefined,
    keep: (r) => void kept.push(r),
    summary: async (): Promise<QuestionStatsSummary> => ({
      questions: kept.length,
      answered: 0,
      answeredShare: 0,
      topUnanswered: [],
      topCited: [],
    }),
    flush: async () => undefined,
    close: async () => undefined,
  };
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('ShardHub and ManagerLink', () => {
  it("keeps the shards' records in the manager's store and answers every shard's stats from it", async () => {
    const store = memoryStore();
    const hub = new ShardHub({ stats: store, engine: engineStub(), logger: silentLogger, relayReindex: false });
    const links = [0, 1].map((id) => {
      const pair = channelPair();
      hub.attach(id, pair.manager);
      return new ManagerLink(pair.shard, new RelaisMetrics({ defaultMetrics: false, labels: { shard: String(id) } }));
    });
    links[0]?.stats.keep({ at: 1, platform: 'discord', answered: true, latencyMs: 3 });
    links[1]?.stats.keep({ at: 2, platform: 'discord', answered: false, latencyMs: 4, question: 'Et Quimper ?', terms: ['quimper'] });
    // Something that is not a record is ignored.
    const raw = (links[1]?.stats as unknown as { manager: MessageChannel<unknown, unknown> }).manager;
    raw.send({ relais: 'stats-record', record: { at: 'hier' } });
    await until(() => store.kept.length === 2);
    expect((await links[0]?.stats.summary())?.questions).toBe(2);
    expect((await links[1]?.stats.summary())?.questions).toBe(2);
    expect(store.kept).toHaveLength(2);
  });

  it("says why when the manager's store fails, instead of leaving `stats` waiting", async () => {
    const store = { ...memoryStore(), summary: () => Promise.reject(new Error('database unreachable')) };
    const hub = new ShardHub({ stats: store, engine: engineStub(), logger: silentLogger, relayReindex: false });
    const pair = channelPair();
    hub.attach(0, pair.manager);
    const link = new ManagerLink(pair.shard, new RelaisMetrics({ defaultMetrics: false }));
    await expect(link.stats.summary()).rejects.toThrow(/database unreachable/);
  });

  it("keeps the shards' votes in the manager's store: a voter's vote counts once whichever shard it came through", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'relais-shard-votes-'));
    try {
      const feedback = await FeedbackVotes.open({ dataDir, logger: silentLogger });
      const hub = new ShardHub({ stats: memoryStore(), feedback, engine: engineStub(), logger: silentLogger, relayReindex: false });
      const links = [0, 1].map((id) => {
        const pair = channelPair();
        hub.attach(id, pair.manager);
        return new ManagerLink(pair.shard, new RelaisMetrics({ defaultMetrics: false }));
      });
      const vote = {
        answerId: 'a1',
        voterHash: 'v1',
        platform: 'discord' as const,
        question: 'Combien de bornes Wi-Fi la commune installe-t-elle ?',
        sources: ['wifi.txt'],
      };
      expect(await links[0]?.feedback.vote({ ...vote, vote: 'down' })).toBe('recorded');
      expect(await links[1]?.feedback.vote({ ...vote, vote: 'down' })).toBe('unchanged');
      expect(await links[1]?.feedback.vote({ ...vote, vote: 'up' })).toBe('changed');
      const fromZero = await links[0]?.feedback.summary();
      expect(fromZero).toMatchObject({ votes: 1, helpful: 1 });
      expect(await links[1]?.feedback.summary()).toEqual(fromZero);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a vote, saying why, when the manager keeps no votes', async () => {
    const hub = new ShardHub({ stats: memoryStore(), engine: engineStub(), logger: silentLogger, relayReindex: false });
    const pair = channelPair();
    hub.attach(0, pair.manager);
    const link = new ManagerLink(pair.shard, new RelaisMetrics({ defaultMetrics: false }));
    const vote = {
      answerId: 'a1',
      voterHash: 'v1',
      vote: 'up' as const,
      platform: 'discord' as const,
      question: 'Et Lannion ?',
      sources: [],
    };
    await expect(link.feedback.vote(vote)).rejects.toThrow(/no store for votes/);
  });

  it('relays a reindex made on one shard to the others and to the manager, once', async () => {
    const manager = engineStub();
    const hub = new ShardHub({ stats: memoryStore(), engine: manager, logger: silentLogger, relayReindex: true });
    const engines = [engineStub(), engineStub(), engineStub()];
    engines.forEach((engine, id) => {
      const pair = channelPair();
      hub.attach(id, pair.manager);
      new ManagerLink(pair.shard, new RelaisMetrics({ defaultMetrics: false })).relayReindexes(engine, silentLogger);
    });
    await engines[1]?.reindex();
    await until(() => engines.every((e) => e.reindexes === 1) && manager.reindexes === 1);
    // Nobody announced a relayed rebuild back: everyone rebuilt exactly once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engines.map((e) => e.reindexes)).toEqual([1, 1, 1]);
    expect(manager.reindexes).toBe(1);
    // A reindex of the manager's own (its schedule) reaches every shard.
    await manager.reindex();
    await until(() => engines.every((e) => e.reindexes === 2));
    expect(manager.reindexes).toBe(2);
  });

  it("gathers the shards' metrics, labelled by shard, leaving out one that does not answer in time", async () => {
    const hub = new ShardHub({
      stats: memoryStore(),
      engine: engineStub(),
      logger: silentLogger,
      relayReindex: false,
      metricsTimeoutMs: 200,
    });
    const pair = channelPair();
    hub.attach(0, pair.manager);
    const metrics = new RelaisMetrics({ defaultMetrics: false, labels: { shard: '0' } });
    metrics.questionAnswered('discord', 'answered', 0.1);
    new ManagerLink(pair.shard, metrics);
    hub.attach(1, { send: () => undefined, onMessage: () => undefined });
    const own = new RelaisMetrics({ defaultMetrics: false });
    own.include(() => hub.shardMetrics());
    const text = await own.text();
    expect(text).toContain('relais_questions_total{platform="discord",outcome="answered",shard="0"} 1');
    expect(text).not.toContain('shard="1"');
  });
});
