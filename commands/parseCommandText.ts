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
import { findCommand } from './allCommands.ts';
import type { CommandDefinition } from './command.ts';
import { askCommand } from './ask.ts';

export interface ParsedCommand {
  command: CommandDefinition;
  options: Record<string, string | number | undefined>;
}

/** Words that make a phrase read as a sentence, not as a name to filter by (French and English). */
const FUNCTION_WORDS = new Set([
  'a', 'à', 'au', 'aux', 'avec', 'ce', 'ces', 'comment', 'combien', 'dans', 'de', 'des', 'du', 'en', 'est', 'et',
  'la', 'le', 'les', 'leur', 'leurs', 'ou', 'où', 'par', 'pour', 'pourquoi', 'quand', 'que', 'quel', 'quelle',
  'quelles', 'quels', 'qui', 'quoi', 'sans', 'son', 'sont', 'sa', 'ses', 'sur', 'un', 'une', 'vers',
  'about', 'an', 'and', 'are', 'does', 'for', 'from', 'how', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'what',
  'when', 'where', 'which', 'who', 'why', 'with',
]);
/** A word of a name: letters and digits, joined by hyphens or apostrophes inside it ("Côtes-d'Armor"). */
const NAME_WORD = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*$/u;
const ELIDED = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/i;
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
  if (!filterWords.every((w) => NAME_WORD.test(w) && !ELIDED.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()))) return undefined;
  return { command, options: { filter: filterWords.length > 0 ? filterWords.join(' ') : undefined, page } };
}
