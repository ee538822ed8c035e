// Reads a typed line as a command and its options, or as a question: the terminal chat, Slack's
// /relais and chat mentions all come through here.
//
// The rule: a line is a command only when it is a command word alone, or a command word followed by
// exactly that command's own arguments, as the command itself reads them (its `parse`). Everything
// else — above all anything phrased as a question — is a question, so "Aide de l'État pour la fibre
// dans le Gers ?", "Sources de financement…" and "Stats fibre Gers" are asked, not run.
// A bare command word may carry trailing punctuation ("aide ?", "sources !").
import { findCommand } from './allCommands.ts';
import { askCommand } from './ask.ts';
import type { CommandDefinition, CommandOptions } from './command.ts';

export interface ParsedCommand {
  command: CommandDefinition;
  options: CommandOptions;
}

const BARE_WORD = /^([^\s?!.:;…]+)[\s?!.:;…]*$/u;

export function parseCommandText(text: string): ParsedCommand {
  const trimmed = text.trim();
  const asQuestion: ParsedCommand = { command: askCommand, options: { question: trimmed } };
  const bare = BARE_WORD.exec(trimmed);
  if (bare) {
    const command = findCommand(bare[1] ?? '');
    return command ? { command, options: command.parse?.([], '') ?? {} } : asQuestion;
  }
  const first = /^\S+/.exec(trimmed)?.[0] ?? '';
  const command = findCommand(first);
  const rest = trimmed.slice(first.length).trim();
  const options = command?.parse?.(rest.split(/\s+/), rest);
  return command && options ? { command, options } : asQuestion;
}
