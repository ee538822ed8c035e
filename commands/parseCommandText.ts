// Reads a typed line as a command and its options, or as a question: the terminal chat, Slack's
// /relais and chat mentions all come through here.
//
// The rule: a line is a command only when it is a command word alone, or a command word followed by
// exactly that command's own arguments. Everything else — above all anything phrased as a question —
// is a question, so "Aide de l'État pour la fibre dans le Gers ?", "Sources de financement…" and
// "Stats fibre Gers" are asked, not run.
//   help | aide, reindex | reindexer, stats | statistiques   take no argument: only the bare word.
//   sources [filter] [page]   a filter is one or two words naming something (not a sentence: no
//                             question mark, no function word such as "de", "pour", "the", no elided
//                             "l'", "d'"), a page a number of up to three digits (a longer one, such
//                             as a year, is a filter). "sources 2" is page 2.
//   ask | question <question> the rest of the line is the question.
// A bare command word may carry trailing punctuation ("aide ?", "sources !"); "ask" alone asks nothing.
import { isFunctionWord, normalizeApostrophes } from '../src/engine/index.ts';
import { findCommand } from './allCommands.ts';
import type { CommandDefinition } from './command.ts';
import { askCommand } from './ask.ts';

export interface ParsedCommand {
  command: CommandDefinition;
  options: Record<string, string | number | undefined>;
}

/** A word of a name: letters and digits, joined by hyphens or apostrophes inside it ("Côtes-d'Armor"). */
const NAME_WORD = /^[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*$/u;
const ELIDED = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'/i;
const PAGE = /^[1-9]\d{0,2}$/;
const MAX_FILTER_WORDS = 2;

const BARE_WORD = /^([^\s?!.:;…]+)[\s?!.:;…]*$/u;

export function parseCommandText(text: string): ParsedCommand {
  const trimmed = text.trim();
  const asQuestion: ParsedCommand = { command: askCommand, options: { question: trimmed } };
  const bare = BARE_WORD.exec(trimmed);
  if (bare) {
    const command = findCommand(bare[1] ?? '');
    if (!command) return asQuestion;
    // "ask" alone asks nothing: the ask command explains how to ask.
    if (command === askCommand) return { command, options: { question: '' } };
    return { command, options: command.name === 'sources' ? { filter: undefined, page: undefined } : {} };
  }
  const [first = '', ...args] = trimmed.split(/\s+/);
  const command = findCommand(first);
  if (command === askCommand) return { command, options: { question: args.join(' ') } };
  if (command?.name === 'sources') return sourcesArguments(command, args, trimmed) ?? asQuestion;
  return asQuestion;
}

/** `[filter] [page]`, or undefined when the words read as a sentence. */
function sourcesArguments(command: CommandDefinition, args: string[], line: string): ParsedCommand | undefined {
  if (/[?？]/u.test(line)) return undefined;
  const last = args.at(-1) ?? '';
  const page = PAGE.test(last) ? Number(last) : undefined;
  const filterWords = page === undefined ? args : args.slice(0, -1);
  if (filterWords.length > MAX_FILTER_WORDS) return undefined;
  const isNameWord = (word: string) => {
    const w = normalizeApostrophes(word);
    return NAME_WORD.test(w) && !ELIDED.test(w) && !isFunctionWord(w);
  };
  if (!filterWords.every(isNameWord)) return undefined;
  return { command, options: { filter: filterWords.length > 0 ? filterWords.join(' ') : undefined, page } };
}
