// The terminal chat `npm start` opens when no chat platform is configured: each line is a question or
// a command (sources, reindex, help), answered with facts and citations. With standard input not a
// terminal, it answers each line and exits at the end of input.
import { createInterface } from 'node:readline';
import { allCommands } from '../../../commands/allCommands.ts';
import type { CorpusFiles } from '../../../commands/corpusFiles.ts';
import { parseCommandText } from '../../../commands/parseCommandText.ts';
import { runCommand } from '../../../commands/runCommand.ts';
import { detectLocale, type Logger, type RelaisEngine } from '../../engine/index.ts';
import { messagesFor } from '../../messages/catalogue.ts';
import { renderTerminalReply } from './renderTerminalReply.ts';

export interface TerminalChatOptions {
  engine: RelaisEngine;
  logger: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream & { isTTY?: boolean };
  interactive?: boolean;
  /** The corpus folder, for add, remove and restore. */
  corpusFiles?: CorpusFiles;
}

export async function answerLine(
  line: string,
  engine: RelaisEngine,
  logger: Logger,
  color: boolean,
  write: (s: string) => void,
  corpusFiles?: CorpusFiles,
): Promise<void> {
  const { command, options } = parseCommandText(line);
  // The asker's language, read once from what they typed; every command and the engine use it.
  const locale = detectLocale(line);
  // Whoever has the terminal has the files: they are an admin.
  const input = { options, locale, invoker: { platform: 'terminal', userId: 'terminal', isAdmin: true } } as const;
  const context = {
    engine,
    logger,
    commands: allCommands,
    ...(corpusFiles ? { corpusFiles } : {}),
    progress: async (reply: Parameters<typeof renderTerminalReply>[0]) => write(renderTerminalReply(reply, color)),
  };
  write(renderTerminalReply(await runCommand(command, input, context), color));
}

export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY && output.isTTY);
  const write = (s: string) => output.write(`${s}\n\n`);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    const { documents } = options.engine.status();
    output.write(`${messagesFor('fr').terminal.greeting(documents)}\n\n`);
    rl.setPrompt('relais> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim()) await answerLine(line, options.engine, options.logger, interactive, write, options.corpusFiles);
    if (interactive) rl.prompt();
  }
}
