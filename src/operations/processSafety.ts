// Process-level safety nets. Every chat event's path is already wrapped (runCommand, the adapters),
// so what reaches these is a bug outside those paths: it is logged with a reference and the bot
// goes on serving, since one failed event must not take every conversation down. A process that
// keeps failing (more than `maxPerMinute` uncaught exceptions in a minute) is in a bad state: it
// exits with code 1 so that its supervisor restarts it.
import { newErrorRef, type Logger } from '../engine/index.ts';

export interface ProcessSafetyOptions {
  logger: Logger;
  /** Default 10. */
  maxPerMinute?: number;
  /** Default process.exit. */
  exit?: (code: number) => void;
  target?: NodeJS.EventEmitter;
}

/** Installs the handlers; returns what removes them. */
export function installProcessSafetyNets(options: ProcessSafetyOptions): () => void {
  const { logger } = options;
  const target = options.target ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const max = options.maxPerMinute ?? 10;
  const recent: number[] = [];
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

  const onRejection = (reason: unknown) => {
    logger.error({ errorId: newErrorRef(), error: describe(reason) }, 'unhandled promise rejection');
  };
  const onException = (error: unknown) => {
    logger.error({ errorId: newErrorRef(), error: describe(error) }, 'uncaught exception');
    const now = Date.now();
    recent.push(now);
    while ((recent[0] ?? now) <= now - 60_000) recent.shift();
    if (recent.length > max) {
      logger.error({ count: recent.length }, 'too many uncaught exceptions in a minute; exiting for a restart');
      exit(1);
    }
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
