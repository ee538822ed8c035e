// The manager's end of the shards' IPC (npm start with DISCORD_SHARDS): it keeps their question records
// and votes in its own stores and answers their `stats` and feedback summaries from them, relays a reindex made on one shard to the others
// (and to its own index, whose snapshot shards load when they respawn), and fetches their metrics for
// its /metrics endpoint.
import type { FeedbackStore } from '../../../commands/command.ts';
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
      case 'stats-summary-request': {
        const { id, top } = message;
        const summary = async () => this.options.stats.summary(top !== undefined ? { top } : {});
        void this.replyTo(
          from,
          'question stats summary failed',
          async () => ({ relais: 'stats-summary', id, summary: await summary() }),
          (error) => ({ relais: 'stats-summary', id, error }),
        );
        return;
      }
      case 'vote': {
        const { id, vote } = message;
        void this.replyTo(
          from,
          'a shard vote was not recorded',
          async () => ({ relais: 'vote-outcome', id, outcome: await this.feedback().vote(vote) }),
          (error) => ({ relais: 'vote-outcome', id, error }),
        );
        return;
      }
      case 'feedback-summary-request': {
        const { id, top } = message;
        const summary = async () => this.feedback().summary(top !== undefined ? { top } : {});
        void this.replyTo(
          from,
          'feedback summary failed',
          async () => ({ relais: 'feedback-summary', id, summary: await summary() }),
          (error) => ({ relais: 'feedback-summary', id, error }),
        );
        return;
      }
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

  /**
   * Answers a shard's request from the manager's stores: the reply, or the reason there is none (logged),
   * so a shard's command never waits for its timeout.
   */
  private async replyTo(
    to: number,
    failure: string,
    answer: () => Promise<ManagerToShard>,
    refusal: (error: string) => ManagerToShard,
  ): Promise<void> {
    const channel = this.shards.get(to);
    try {
      channel?.send(await answer());
    } catch (error) {
      this.options.logger.warn({ error: String(error), shardId: to }, failure);
      channel?.send(refusal(error instanceof Error ? error.message : String(error)));
    }
  }

  private feedback(): FeedbackStore {
    if (!this.options.feedback) throw new Error('no store for votes');
    return this.options.feedback;
  }

  private broadcast(message: ManagerToShard, except?: number): void {
    for (const [id, channel] of this.shards) if (id !== except) channel.send(message);
  }
}
