// SIGTERM / SIGINT: stop taking new questions, let those in flight be answered (bounded wait), close
// the platform connections and the rest, exit 0. A second signal exits at once (code 1).
import type { Logger } from '../engine/index.ts';

export interface ShutdownStep {
  name: string;
  run(): Promise<void> | void;
}

export interface GracefulShutdownOptions {
  logger: Logger;
  /** Refuse new questions (QuestionGate.close). */
  stopAdmitting(): void;
  /** Resolves true once admitted questions are answered, false at the timeout. */
  drain(timeoutMs: number): Promise<boolean>;
  /** Questions still running, for the log. */
  inFlight(): number;
  /** Platform adapters: stop receiving, finish their replies, disconnect. Run while questions drain. */
  platforms: ShutdownStep[];
  /** Then these, in order (automatic reindex, operations endpoint, stats flush…). */
  afterwards: ShutdownStep[];
  graceMs: number;
  exit?: (code: number) => void;
}

/** Runs the shutdown sequence once; resolves after `exit` was called. */
export function gracefulShutdown(options: GracefulShutdownOptions): (signal: string) => Promise<void> {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping: Promise<void> | undefined;
  return (signal) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return stopping;
    }
    stopping = (async () => {
      const started = Date.now();
      logger.info(
        { signal, inFlight: options.inFlight(), graceMs: options.graceMs },
        'stopping: no new questions, finishing those in flight',
      );
      options.stopAdmitting();
      const bounded = <T>(work: Promise<T>, fallback: T) => {
        let timer: NodeJS.Timeout | undefined;
        return Promise.race([
          work,
          new Promise<T>((resolve) => {
            timer = setTimeout(() => resolve(fallback), options.graceMs + 2_000);
          }),
        ]).finally(() => clearTimeout(timer));
      };
      const [drained] = await Promise.all([
        options.drain(options.graceMs),
        bounded(Promise.allSettled(options.platforms.map((p) => runStep(p, logger))), []),
      ]);
      if (!drained)
        logger.warn({ abandoned: options.inFlight() }, 'questions still in flight at the end of the grace period were abandoned');
      for (const step of options.afterwards) await bounded(runStep(step, logger), undefined);
      logger.info({ ms: Date.now() - started }, 'stopped');
      exit(0);
    })();
    return stopping;
  };
}

async function runStep(step: ShutdownStep, logger: Logger): Promise<void> {
  try {
    await step.run();
  } catch (error) {
    logger.warn({ step: step.name, error: error instanceof Error ? error.message : String(error) }, 'shutdown step failed');
  }
}
