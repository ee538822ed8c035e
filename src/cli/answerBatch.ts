// `ask --json`'s loop: one JSON line per input line, in input order, whatever happens to one question.
// A refused question (empty, blank, too long) gets its line with the refusal, in the question's
// language; a question that fails inside Relais gets its line with a reference to the logged error,
// and the batch goes on — so the Nth output line always answers the Nth input line.
import { detectLocale, newErrorRef, UserError, type Answer, type Locale, type Logger } from '../engine/index.ts';
import { userErrorText } from '../messages/catalogue.ts';
import { answerToJson, type AnswerJson } from './answerJsonLine.ts';

export interface BatchOutcome {
  questions: number;
  /** Questions that failed inside Relais (logged with their reference). */
  failed: number;
}

export async function answerBatch(
  lines: AsyncIterable<string>,
  ask: (question: string, locale: Locale) => Promise<Answer>,
  write: (jsonLine: string) => void,
  logger: Logger,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { questions: 0, failed: 0 };
  for await (const line of lines) {
    outcome.questions++;
    // The language of each question, read once here and passed to the engine.
    const locale = detectLocale(line);
    let json: AnswerJson;
    try {
      json = answerToJson(await ask(line, locale));
    } catch (error) {
      if (error instanceof UserError) {
        json = { question: line, answered: false, results: [], error: userErrorText(error, locale) };
      } else {
        outcome.failed++;
        const ref = newErrorRef();
        logger.error(
          { errorId: ref, line: outcome.questions, error: error instanceof Error ? error.stack : String(error) },
          'question failed',
        );
        json = { question: line, answered: false, results: [], error: `internal error (ref. ${ref}); see the log on stderr` };
      }
    }
    write(JSON.stringify(json));
  }
  return outcome;
}
