// npm start: opens the answer engine over the corpus, then serves it on every configured chat
// platform, or, with none configured, as a terminal chat. Around them, src/operations: structured
// logs, /healthz and /metrics, rate limits, question stats, automatic reindex, graceful shutdown.
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { Logger, RelaisEngine } from './engine/index.ts';
import { readCommandLine } from './cli/commandLine.ts';
import { runTerminalChat } from './cli/terminalChat.ts';
import { openConfiguredEngine } from './openEngine.ts';
import { StartupError } from './startupError.ts';
import type { QuestionGate } from '../commands/command.ts';
import { Operations, type RunningPlatform } from './operations/operations.ts';

/** Starts every platform whose tokens are set; a platform that fails to start stops the others. */
async function startPlatforms(config: Config, engine: RelaisEngine, logger: Logger, questions: QuestionGate): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  try {
    // Platform libraries load only when configured: the terminal chat starts without them.
    if (config.slack) {
      const { SlackAdapter } = await import('./platforms/slack/slackAdapter.ts');
      const slack = await SlackAdapter.start({ config: config.slack, engine, logger, questions, stopGraceMs: config.operations.shutdownGraceMs });
      running.push({ name: 'slack', stop: () => slack.stop(), isConnected: () => slack.isConnected() });
    }
    if (config.discord) {
      const { startDiscord } = await import('./platforms/discord/startDiscord.ts');
      const discord = await startDiscord(config, engine, logger, questions);
      if (!discord) throw new Error('Discord is configured but did not start');
      logger.info({ shards: config.discord?.shards }, 'Discord adapter started');
      running.push({ name: 'discord', stop: () => discord.stop(), isConnected: () => discord.isConnected() });
    }
  } catch (error) {
    await Promise.allSettled(running.map((p) => p.stop()));
    throw error;
  }
  return running;
}

async function main(): Promise<void> {
  // Everything is set in the environment (.env): npm start takes no options.
  readCommandLine({ options: {} }, 'npm start (settings in .env, see .env.example)');
  const config = loadConfig();
  // Without Slack or Discord this is a terminal chat: start-up lines would come between the person
  // and the answers, so it logs at warn unless LOG_LEVEL says otherwise.
  const terminal = !config.slack && !config.discord;
  const operations = await Operations.start(config, terminal ? { logLevel: config.terminalLogLevel } : {});
  const logger = operations.logger;
  const started = performance.now();
  const engine = await openConfiguredEngine(config, logger);
  const status = engine.status();
  logger.info({ documents: status.documents, passages: status.passages, from: status.loadedFrom, ms: Math.round(performance.now() - started) }, 'index ready');
  await operations.engineReady(engine);

  const platforms = await startPlatforms(config, engine, logger, operations.questions);
  if (platforms.length === 0) {
    await runTerminalChat({ engine, logger });
    await operations.stop();
    return;
  }
  for (const platform of platforms) operations.platformReady(platform);
  operations.installSignals();
  // In the background, yielding to real questions: the JIT compiles the ranking before people ask.
  void engine.warmUp();
}

main().catch((error: unknown) => {
  // Configuration and start-up errors are one line for the person starting Relais (never a token);
  // anything else is a bug and keeps its stack. Exit at once: the operations endpoint may be listening.
  const line = error instanceof ConfigError
    ? error.message
    : error instanceof StartupError ? `relais: ${error.message}` : `relais: ${error instanceof Error ? error.stack : String(error)}`;
  process.stderr.write(`${line}\n`);
  process.exit(error instanceof StartupError ? error.exitCode : 1);
});
