// What a Discord shard process and its manager say to each other over the IPC channel discord.js's
// ShardingManager opened between them (its own messages carry `_ready`, `_eval`…; Relais's carry
// `relais`). A shard sends its question records, votes and reindexes up, asks for the stats and feedback
// summaries, and answers the manager's requests for its metrics; the manager relays reindexes down.
import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { FeedbackSummary, FeedbackVote, QuestionStatsSummary, VoteOutcome } from '../../../commands/command.ts';
import type { QuestionRecord } from '../questionStatsStore.ts';

export type ShardMetrics = MetricObjectWithValues<MetricValue<string>>[];

/** From a shard to the manager. */
export type ShardToManager =
  | { relais: 'stats-record'; record: QuestionRecord }
  | { relais: 'stats-summary-request'; id: number; top?: number }
  | { relais: 'metrics'; id: number; metrics: ShardMetrics }
  /** A 👍/👎 on an answer this shard showed: the manager's store keeps it and says what it did. */
  | { relais: 'vote'; id: number; vote: FeedbackVote }
  | { relais: 'feedback-summary-request'; id: number; top?: number }
  /** The shard's own index was rebuilt (an admin's reindex): the others should rebuild theirs. */
  | { relais: 'reindexed' };

/** From the manager to a shard. */
export type ManagerToShard =
  | { relais: 'stats-summary'; id: number; summary?: QuestionStatsSummary; error?: string }
  | { relais: 'metrics-request'; id: number }
  | { relais: 'vote-outcome'; id: number; outcome?: VoteOutcome; error?: string }
  | { relais: 'feedback-summary'; id: number; summary?: FeedbackSummary; error?: string }
  | { relais: 'reindex' };

/** One end of the channel, whatever carries it (a child process, discord.js's Shard). */
export interface MessageChannel<Out, In> {
  send(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** Whether an IPC message is one of Relais's (discord.js's own, and anything else, are ignored). */
export function isRelaisMessage(message: unknown): message is { relais: string } {
  return typeof message === 'object' && message !== null && typeof (message as { relais?: unknown }).relais === 'string';
}

/** The shard process's end: its parent, the manager. */
export function managerChannel(): MessageChannel<ShardToManager, ManagerToShard> {
  return {
    send: (message) => {
      // The manager gone, there is nobody to tell: the shard exits on 'disconnect'.
      if (process.connected) process.send?.(message);
    },
    onMessage: (listener) => {
      process.on('message', (message: unknown) => {
        if (isRelaisMessage(message)) listener(message as ManagerToShard);
      });
    },
  };
}
