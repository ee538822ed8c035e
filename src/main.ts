// npm start: opens the answer engine over the corpus, then serves it on every configured chat
// platform, or, with none configured, as a terminal chat (put together in compositionRoot.ts).
import { ConfigError, loadConfig } from './config.ts';
import { readCommandLine } from './cli/commandLine.ts';
import { serve } from './compositionRoot.ts';
import { StartupError } from './startupError.ts';

async function main(): Promise<void> {
  // Everything is set in the environment (.env): npm start takes no options.
  readCommandLine({ options: {} }, 'npm start (settings in .env, see .env.example)');
  await serve(loadConfig());
}

main().catch((error: unknown) => {
  // Configuration and start-up errors are one line for the person starting Relais (never a token);
  // anything else is a bug and keeps its stack. Exit at once: the operations endpoint may be listening.
  const line =
    error instanceof ConfigError
      ? error.message
      : error instanceof StartupError
        ? `relais: ${error.message}`
        : `relais: ${error instanceof Error ? error.stack : String(error)}`;
  process.stderr.write(`${line}\n`);
  process.exit(error instanceof StartupError ? error.exitCode : 1);
});
