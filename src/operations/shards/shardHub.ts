// The manager's end of the shards' IPC (npm start with DISCORD_SHARDS): it keeps their question records
// and votes in its own stores and answers their `stats` and feedback summaries from them, relays a reindex made on one shard to the others
// (and to its own index, whose snapshot shards load when they respawn), and fetches their metrics for
// its /metrics endpoint.
import type { FeedbackStore, FeedbackVote } from '../../../commands/command.ts';
import type { Logger, RelaisEngine } from '../../engine/index.ts';
import { asQuestionRecord, type QuestionStatsStore } from '../questionStatsStore.ts';
import { PendingReplies } from './pendingReplies.ts';
import { ReindexRelay } from './reindexRelay.ts';
import type { ManagerToShard, MessageChannel, ShardMetrics, ShardToManager } from './shardMessages.ts';

export type ShardChannel = MessageChannel<ManagerToShard, ShardToManager>;

export interface ShardHubOptions {
  stats: QuestionStatsStore;
  /** Where the shards' votes are kept (none: a shard's vote is refused as unavailable). */
  feedback?: FeedbackStore;
  engine: RelaisEngine;
  logger: Logger;
  /** Embedded backends: every shard rebuilds its own index. PostgreSQL: the shared generation reaches them. */
  relayReindex: boolean;
  /** How long a scrape waits for a shard's metrics. Default 2 s. */
  metricsTimeoutMs?: number;
}

export class ShardHub {
  private readonly shards = new Map<number, ShardChannel>();
  private readonly metricsReplies: PendingReplies<ShardMetrics>;
  private readonly reindex: ReindexRelay | undefined;

  constructor(private readonly options: ShardHubOptions) {
    this.metricsReplies = new PendingReplies(options.metricsTimeoutMs ?? 2_000);
    this.reindex = options.relayReindex
      ? new ReindexRelay(options.engine, options.logger, () => this.broadcast({ relais: 'reindex' }))
      : undefined;
  }

  /** A shard as the ShardingManager creates it (once: a respawned shard keeps its channel). */
  attach(shardId: number, channel: ShardChannel): void {
    this.shards.set(shardId, channel);
    channel.onMessage((message) => this.handle(shardId, message));
  }

  /** Every shard's metrics that came back in time (a shard respawning is left out of this scrape). */
  async shardMetrics(): Promise<ShardMetrics[]> {
    const replies = [...this.shards.values()].map((channel) => {
      const { id, reply } = this.metricsReplies.open();
      channel.send({ relais: 'metrics-request', id });
      return reply;
    });
    const settled = await Promise.allSettled(replies);
    return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  stop(): void {
    this.reindex?.stop();
  }

  private handle(from: number, message: ShardToManager): void {
    switch (message.relais) {
      case 'stats-record': {
        const record = asQuestionRecord(message.record);
        if (record) this.options.stats.keep(record);
        return;
      }
      case 'stats-summary-request':
        void this.sendSummary(from, message.id, message.top);
        return;
      case 'vote':
        void this.recordVote(from, message.id, message.vote);
        return;
      case 'feedback-summary-request':
        void this.sendFeedbackSummary(from, message.id, message.top);
        return;
      case 'metrics':
        this.metricsReplies.settle(message.id, message.metrics);
        return;
      case 'reindexed':
        this.options.logger.info({ shardId: from }, 'a shard reindexed: relaying to the others');
        this.broadcast({ relais: 'reindex' }, from);
        this.reindex?.rebuild();
        return;
    }
  }

  private async sendSummary(to: number, id: number, top: number | undefined): Promise<void> {
    const channel = this.shards.get(to);
    try {
      const summary = await this.options.stats.summary(top !== undefined ? { top } : {});
      channel?.send({ relais: 'stats-summary', id, summary });
    } catch (error) {
      this.options.logger.warn({ error: String(error), shardId: to }, 'question stats summary failed');
      channel?.send({ relais: 'stats-summary', id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async recordVote(to: number, id: number, vote: FeedbackVote): Promise<void> {
    const channel = this.shards.get(to);
    try {
      if (!this.options.feedback) throw new Error('no store for votes');
      channel?.send({ relais: 'vote-outcome', id, outcome: await this.options.feedback.vote(vote) });
    } catch (error) {
      this.options.logger.warn({ error: String(error), shardId: to }, 'a shard vote was not recorded');
      channel?.send({ relais: 'vote-outcome', id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async sendFeedbackSummary(to: number, id: number, top: number | undefined): Promise<void> {
    const channel = this.shards.get(to);
    try {
      if (!this.options.feedback) throw new Error('no store for votes');
      channel?.send({ relais: 'feedback-summary', id, summary: await this.options.feedback.summary(top !== undefined ? { top } : {}) });
    } catch (error) {
      this.options.logger.warn({ error: String(error), shardId: to }, 'feedback summary failed');
      channel?.send({ relais: 'feedback-summary', id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private broadcast(message: ManagerToShard, except?: number): void {
    for (const [id, channel] of this.shards) if (id !== except) channel.send(message);
  }
}
