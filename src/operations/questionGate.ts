// The one place every question goes through, whatever the platform (the ask command calls it
// through CommandContext.questions): the asker's rate limit, the global cap on questions in flight,
// then one log line per question (platform, user, latency, outcome; the text only at debug level),
// the metrics, and the stats the admins read. Refusals are coded UserErrors (rate-limited with when to
// try again, busy, stopping); the commands show them like any other UserError, privately.
import type { FeedbackStore, Invoker, QuestionGate as CommandQuestionGate, QuestionStatsSummary } from '../../commands/command.ts';
import { UserError, type Answer, type Logger } from '../engine/index.ts';
import { BusyError, InFlightLimit } from './inFlightLimit.ts';
import type { QuestionOutcome, RelaisMetrics } from './metrics.ts';
import type { QuestionStatsStore } from './questionStatsStore.ts';
import { RateLimiter } from './rateLimiter.ts';

export interface QuestionGateOptions {
  logger: Logger;
  /** Questions per user per minute; 0: no limit. */
  rateLimitPerMinute: number;
  /** Questions answered at once over all users. */
  maxInFlight: number;
  /** How many may wait for a slot (default 256) and how long (default 30 s). */
  maxWaiting?: number;
  maxWaitMs?: number;
  metrics?: RelaisMetrics;
  stats?: QuestionStatsStore;
  /** The votes on answers, summed up with the stats. */
  feedback?: FeedbackStore;
  /** Clock for the rate limit (tests). */
  now?: () => number;
}

export class QuestionGate implements CommandQuestionGate {
  private readonly limiter: RateLimiter;
  private readonly slots: InFlightLimit;

  constructor(private readonly options: QuestionGateOptions) {
    this.limiter = new RateLimiter({ perMinute: options.rateLimitPerMinute, ...(options.now ? { now: options.now } : {}) });
    this.slots = new InFlightLimit({
      max: options.maxInFlight,
      ...(options.maxWaiting !== undefined ? { maxWaiting: options.maxWaiting } : {}),
      ...(options.maxWaitMs !== undefined ? { maxWaitMs: options.maxWaitMs } : {}),
    });
  }

  async answer(question: string, invoker: Invoker, ask: (question: string) => Promise<Answer>): Promise<Answer> {
    const { platform, userId: user } = invoker;
    const decision = this.limiter.take(`${platform}:${user}`);
    if (!decision.allowed) {
      this.done(platform, user, question, 'limited', undefined, { retryAfterSec: decision.retryAfterSec });
      throw new UserError('rate-limited', { retryAfterSec: decision.retryAfterSec });
    }
    const started = performance.now();
    let answer: Answer;
    try {
      answer = await this.slots.run(async () => {
        this.options.metrics?.inFlight.inc();
        try {
          return await ask(question);
        } finally {
          this.options.metrics?.inFlight.dec();
        }
      });
    } catch (error) {
      const ms = performance.now() - started;
      if (error instanceof BusyError) {
        this.done(platform, user, question, 'busy', undefined, { reason: error.reason });
        throw new UserError(error.reason === 'closed' ? 'stopping' : 'busy', {});
      }
      this.done(
        platform,
        user,
        question,
        error instanceof UserError ? 'invalid' : 'error',
        ms,
        error instanceof UserError ? { code: error.code } : {},
      );
      throw error;
    }
    const ms = performance.now() - started;
    this.done(platform, user, question, answer.answered ? 'answered' : 'unanswered', ms);
    this.options.stats?.record(platform, question, answer, ms);
    return answer;
  }

  async stats(): Promise<QuestionStatsSummary | undefined> {
    const [summary, feedback] = await Promise.all([this.options.stats?.summary(), this.options.feedback?.summary()]);
    return summary && feedback ? { ...summary, feedback } : summary;
  }

  /** Questions running or waiting for a slot. */
  get inFlight(): number {
    return this.slots.inFlight + this.slots.queued;
  }

  /** Shutdown: new questions are refused politely; those admitted go on. */
  close(): void {
    this.slots.close();
  }

  /** Resolves true once every admitted question is answered, false if `timeoutMs` passes first. */
  drain(timeoutMs: number): Promise<boolean> {
    return this.slots.drain(timeoutMs);
  }

  private done(
    platform: string,
    user: string,
    question: string,
    outcome: QuestionOutcome,
    ms: number | undefined,
    extra: Record<string, unknown> = {},
  ): void {
    const latencyMs = ms === undefined ? undefined : Math.round(ms * 10) / 10;
    const answered = outcome === 'answered';
    this.options.metrics?.questionAnswered(
      platform,
      outcome,
      outcome === 'answered' || outcome === 'unanswered' ? (ms ?? 0) / 1000 : undefined,
    );
    this.options.logger.info(
      { platform, user, outcome, answered, ...(latencyMs !== undefined ? { latencyMs } : {}), ...extra },
      'question',
    );
    this.options.logger.debug({ platform, user, outcome, question }, 'question text');
  }
}
