// npm start: opens the answer engine over the corpus, then serves it on every configured chat
// platform, or, with none configured, as a terminal chat.
import { type Config, ConfigError, loadConfig, searchEngineOptions } from './config.ts';
import { type Logger, stderrLogger } from './engine/logger.ts';
import { RelaisEngine } from './engine/relaisEngine.ts';
import { runTerminalChat } from './cli/terminalChat.ts';

interface RunningPlatform {
  name: string;
  stop(): Promise<void>;
}

/** Starts every platform whose tokens are set; a platform that fails to start stops the others. */
async function startPlatforms(config: Config, engine: RelaisEngine, logger: Logger): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  try {
    // Platform libraries load only when configured: the terminal chat starts without them.
    if (config.slack) {
      const { SlackAdapter } = await import('./platforms/slack/slackAdapter.ts');
      const slack = await SlackAdapter.start({ config: config.slack, engine, logger });
      logger.info({ mode: slack.mode, url: slack.url }, 'Slack adapter started');
      running.push({ name: 'slack', stop: () => slack.stop() });
    }
    if (config.discord) {
      const { startDiscord } = await import('./platforms/discord/startDiscord.ts');
      const discord = await startDiscord(config, engine, logger);
      if (!discord) throw new Error('Discord is configured but did not start');
      logger.info({ shards: config.discord?.shards }, 'Discord adapter started');
      running.push({ name: 'discord', stop: () => discord.stop() });
    }
  } catch (error) {
    await Promise.allSettled(running.map((p) => p.stop()));
    throw error;
  }
  return running;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = stderrLogger(config.logLevel);
  const started = performance.now();
  const engine = await RelaisEngine.open({
    corpusDir: config.corpusDir, dataDir: config.dataDir, maxFileBytes: config.maxFileBytes,
    maxQuestionLength: config.maxQuestionLength, logger, ...searchEngineOptions(config),
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
  // Configuration and start-up errors are written for the person starting Relais; their messages never hold a token.
  const known = error instanceof ConfigError || (error instanceof Error && /StartError$/.test(error.name));
  process.stderr.write(`${known ? (error as Error).message : `relais: ${error instanceof Error ? error.stack : String(error)}`}\n`);
  process.exitCode = 1;
});
