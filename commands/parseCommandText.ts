// Reads a typed line ("sources fibre", "reindex", "Qui est le maire…?") as a command and its options:
// the way Slack's /relais and chat mentions reach the commands. A line that does not start with a
// command name is a question.
import { findCommand } from './allCommands.ts';
import type { CommandDefinition } from './command.ts';
import { askCommand } from './ask.ts';

export interface ParsedCommand {
  command: CommandDefinition;
  options: Record<string, string | number | undefined>;
}

export function parseCommandText(text: string): ParsedCommand {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const command = findCommand(first);
  if (!command || command === askCommand) {
    return { command: askCommand, options: { question: command ? rest.join(' ') : trimmed } };
  }
  const args = rest.join(' ');
  if (command.name === 'sources') {
    // "sources fibre 2": a trailing number is the page.
    const m = /^(.*?)(?:\s+(\d+))?$/.exec(args);
    return { command, options: { filter: m?.[1] || undefined, page: m?.[2] ? Number(m[2]) : undefined } };
  }
  return { command, options: {} };
}
