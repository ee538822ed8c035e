// Everything Relais says to people, in English.
import type { Messages } from './messages.ts';

export const en: Messages = {
  errors: {
    'empty-question': () => 'Ask a question in words, e.g. "How many homes can get fibre in the Gers?"',
    'question-too-long': ({ length, max }) => `That question is ${length} characters long; keep it under ${max}.`,
    'reindex-failed': ({ code }) => `Reindex failed: the corpus folder cannot be read (${code ?? 'error'}). The previous index keeps serving.`,
    'search-unavailable': () => 'Search is unavailable, retrying: the index database cannot be reached right now. Ask again in a moment.',
    'rate-limited': ({ retryAfterSec }) => `You have asked a lot of questions in the last minute; please ask again in ${retryAfterSec} s.`,
    busy: () => 'Relais is answering many questions right now; please ask again in a few seconds.',
    stopping: () => 'Relais is restarting; please ask again in a minute.',
    'not-admin': ({ command }) => `Only Relais admins can run ${command}.`,
  },
  somethingWentWrong: (ref) => `Something went wrong; it has been reported (ref. ${ref}).`,
  ask: {
    description: 'Ask the press-release corpus; a cited answer or "the corpus does not say".',
    questionOption: 'Your question, in French or English',
    facts: (count) => `${count === 1 ? 'One matching fact' : `${count} matching facts`}, best first:`,
    noAnswer: (missing) => `The corpus doesn't answer this question${missing.length > 0 ? ` (it never mentions ${missing.join(', ')})` : ''}.`,
    noSureAnswer: 'I find no sure answer in the corpus.',
    closestPassage: 'The closest passage:',
    closestDocuments: 'Closest documents:',
  },
  sources: {
    description: 'List the indexed press releases (title, date, format, link), filtered by one or two words.',
    filterOption: 'A word of the title, territory, tags or text',
    pageOption: 'Page number',
    none: (filter) => `No press release${filter ? ` matching “${filter}”` : ''}.`,
    count: (count, filter) => `${count} press release(s)${filter ? ` matching “${filter}”` : ''}:`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  reindex: {
    description: 'Rescan the corpus folder (admins only).',
    started: 'Reindex started…',
    alreadyRunning: 'A reindex is already running; you will get its summary.',
    done: (seconds, documents, passages) => `Reindex done in ${seconds.toFixed(1)} s: ${documents} documents, ${passages} passages.`,
    added: 'Added',
    changed: 'Changed',
    removed: 'Removed',
    skipped: 'Skipped',
    more: (shown, more) => `${shown} and ${more.toLocaleString('en')} more`,
  },
  stats: {
    description: 'Questions asked, share answered, most frequent unanswered questions (admins only).',
    heading: 'What people ask Relais',
    nothingYet: 'No questions recorded yet.',
    keptWhileServing: 'Question stats are kept while Relais serves Slack or Discord (npm start).',
    summary: (questions, since, answered, percent, median) =>
      `${questions} questions since ${since}: ${answered} answered (${percent}); median answer time ${median}.`,
    topUnanswered: 'Most frequent unanswered questions (by key terms):',
    topCited: 'Documents cited most:',
  },
  help: {
    description: 'What Relais knows and how to ask it.',
    heading: (documents) => `Relais answers from ${documents} press releases on territorial digital programs, with its sources.`,
    howToAsk:
      'Ask a precise question, in French or English: "How many homes can get fibre in the Gers?". Each answer is a fact quoted from the corpus with its source; when the corpus does not say, Relais says so.',
    lastIndexed: 'Last indexed',
  },
  discord: { unknownCommand: 'Unknown command; try /help.' },
  slack: { moreNotShown: (count) => `… and ${count} more not shown here. Ask a more precise question to narrow it down.` },
  terminal: {
    greeting: (documents) => `Relais — ${documents} indexed press releases. Ask a question (or "help", "sources", "reindex"). Ctrl-D to quit.`,
  },
};
