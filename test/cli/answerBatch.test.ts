// `ask --json`'s loop: a failing question never ends the batch, and output lines up with input.
import { describe, expect, it } from 'vitest';
import { UserError, type Answer } from '../../src/engine/index.ts';
import { answerBatch } from '../../src/cli/answerBatch.ts';
import { recordingLogger } from '../operations/helpers.ts';

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  yield* lines;
}

const answer = (question: string): Answer =>
  ({ question, language: 'fr', answered: false, facts: [], related: [], confidence: 0 }) as unknown as Answer;

async function ask(question: string): Promise<Answer> {
  if (question.includes('panne')) throw new TypeError('Cannot read properties of undefined');
  if (question.trim() === '') throw new UserError('empty-question', {});
  return answer(question);
}

describe('answerBatch', () => {
  it('gives every input line its output line, in order: an internal error and a blank line included', async () => {
    const out: string[] = [];
    const logger = recordingLogger();
    const outcome = await answerBatch(linesOf('première question', 'la panne', '', 'dernière question'), ask, (l) => out.push(l), logger);
    expect(out.map((l) => JSON.parse(l).question)).toEqual(['première question', 'la panne', '', 'dernière question']);
    const failed = JSON.parse(out[1]!);
    expect(failed).toMatchObject({ answered: false, results: [] });
    const ref = /ref\. ([0-9a-f]{8})/.exec(failed.error)?.[1];
    expect(ref).toBeDefined();
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'error', details: expect.objectContaining({ errorId: ref }) }));
    expect(JSON.parse(out[2]!)).toMatchObject({
      question: '',
      answered: false,
      error: expect.stringMatching(/^Posez une question avec des mots/),
    });
    expect(outcome).toEqual({ questions: 4, failed: 1 });
  });
});
