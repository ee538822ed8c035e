// `ask --json`'s loop: one JSON line per input line, in input order, whatever happens to one question.
// A refused question (empty, blank, too long) gets its line with the refusal; a question that fails
// inside Relais gets its line with a reference to the logged error, and the batch goes on — so the
// Nth output line always answers the Nth input line.
import { randomUUID } from 'node:crypto';
import { UserError, type Answer, type Logger } from '../engine/index.ts';
import { answerToJson, type AnswerJson } from './answerJsonLine.ts';

export interface BatchOutcome {
  questions: number;
  /** Questions that failed inside Relais (logged with their reference). */
  failed: number;
}

export async function answerBatch(
  lines: AsyncIterable<string>,
  ask: (question: string) => Promise<Answer>,
  write: (jsonLine: string) => void,
  logger: Logger,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { questions: 0, failed: 0 };
  for await (const line of lines) {
    outcome.questions++;
    let json: AnswerJson;
    try {
      json = answerToJson(await ask(line));
    } catch (error) {
      if (error instanceof UserError) {
        json = { question: line, answered: false, results: [], error: error.message };
      } else {
        outcome.failed++;
        const ref = randomUUID().slice(0, 8);
        logger.error({ errorId: ref, line: outcome.questions, error: error instanceof Error ? error.stack : String(error) }, 'question failed');
        json = { question: line, answered: false, results: [], error: `internal error (ref. ${ref}); see the log on stderr` };
      }
    }
    write(JSON.stringify(json));
  }
  return outcome;
}
