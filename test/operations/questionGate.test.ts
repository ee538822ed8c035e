// The gate every question passes through: per-user limits with a polite retry time, the in-flight
// cap, one log line per question (text only at debug), metrics, and stats.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import { askCommand } from '../../commands/ask.ts';
import type { CommandContext, Invoker } from '../../commands/command.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { UserError } from '../../src/engine/index.ts';
import { createLogger } from '../../src/operations/logging.ts';
import { RelaisMetrics } from '../../src/operations/metrics.ts';
import { QuestionGate } from '../../src/operations/questionGate.ts';
import { userErrorText } from '../../src/messages/catalogue.ts';
import { GERS_QUESTION, openTestEngine, recordingLogger, type TestEngine } from './helpers.ts';

let t: TestEngine;
beforeAll(async () => {
  t = await openTestEngine();
});
afterAll(async () => {
  await t?.cleanup();
});

const alice: Invoker = { platform: 'slack', userId: 'U_ALICE', isAdmin: false };
const bob: Invoker = { platform: 'discord', userId: 'B0B', isAdmin: false };

describe('QuestionGate', () => {
  it('limits each user separately and says, in their language, when to retry', async () => {
    let now = 5_000_000;
    const logger = recordingLogger();
    const metrics = new RelaisMetrics({ defaultMetrics: false });
    const gate = new QuestionGate({ logger, rateLimitPerMinute: 2, maxInFlight: 4, metrics, now: () => now });
    const ask = (q: string) => t.engine.ask(q);
    await gate.answer(GERS_QUESTION, alice, ask);
    await gate.answer(GERS_QUESTION, alice, ask);
    const refused = await gate.answer(GERS_QUESTION, alice, ask).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).code).toBe('rate-limited');
    expect((refused as UserError).params).toEqual({ retryAfterSec: 60 });
    expect(userErrorText(refused as UserError, 'fr')).toBe(
      'Vous avez posé beaucoup de questions en une minute ; merci de réessayer dans 60 s.',
    );
    await expect(gate.answer(GERS_QUESTION, bob, ask)).resolves.toMatchObject({ answered: true });
    now += 30_000;
    await expect(gate.answer(GERS_QUESTION, { ...alice }, ask)).rejects.toMatchObject({
      code: 'rate-limited',
      params: { retryAfterSec: 30 },
    });

    const text = await metrics.text();
    expect(text).toContain('relais_questions_total{platform="slack",outcome="answered"} 2');
    expect(text).toContain('relais_questions_total{platform="slack",outcome="limited"} 2');
    expect(text).toContain('relais_questions_total{platform="discord",outcome="answered"} 1');
    expect(text).toMatch(/relais_answer_duration_seconds_count\{platform="slack"\} 2/);
    const infos = logger.lines.filter((l) => l.message === 'question');
    expect(infos).toHaveLength(5);
    expect(infos[0]?.details).toMatchObject({ platform: 'slack', user: 'U_ALICE', outcome: 'answered', answered: true });
    expect(typeof infos[0]?.details['latencyMs']).toBe('number');
    expect(infos.every((l) => !JSON.stringify(l.details).includes('chantiers'))).toBe(true);
    expect(logger.lines.filter((l) => l.level === 'debug').every((l) => l.details['question'] === GERS_QUESTION)).toBe(true);
  });

  it('goes through runCommand: a limited asker gets a short private reply, not an error', async () => {
    const gate = new QuestionGate({ logger: recordingLogger(), rateLimitPerMinute: 1, maxInFlight: 4 });
    const context: CommandContext = {
      engine: t.engine,
      logger: recordingLogger(),
      commands: allCommands,
      progress: async () => {},
      questions: gate,
    };
    const input = { options: { question: GERS_QUESTION }, locale: 'fr' as const, invoker: alice };
    expect((await runCommand(askCommand, input, context)).ephemeral).toBe(false);
    const second = await runCommand(askCommand, input, context);
    expect(second).toMatchObject({ ephemeral: true, sections: [] });
    expect(second.heading).toMatch(/réessayer dans \d+ s/);
    // bad input is still explained by the engine, and counted as invalid
    const empty = await runCommand(askCommand, { ...input, options: { question: '?!…' }, invoker: bob }, context);
    expect(empty).toMatchObject({ ephemeral: true });
    expect(empty.heading).toMatch(/Posez une question avec des mots/);
  });

  it('caps questions in flight: beyond max they wait; when too many wait, a polite busy reply', async () => {
    const gate = new QuestionGate({ logger: recordingLogger(), rateLimitPerMinute: 0, maxInFlight: 1, maxWaiting: 1 });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slow = (q: string) => held.then(() => t.engine.ask(q));
    const first = gate.answer(GERS_QUESTION, alice, slow);
    const second = gate.answer(GERS_QUESTION, bob, slow);
    await expect(gate.answer(GERS_QUESTION, { ...bob, userId: 'C' }, slow)).rejects.toMatchObject({ code: 'busy' });
    expect(gate.inFlight).toBe(2);
    gate.close();
    await expect(gate.answer(GERS_QUESTION, alice, slow)).rejects.toMatchObject({ code: 'stopping' });
    release();
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    expect(await gate.drain(1_000)).toBe(true);
  });
});

describe('logging', () => {
  it('writes JSON lines without secrets, and the question text only at debug level', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    const secret = 'xoxb-111-secret-token';
    const logger = createLogger({ level: 'info', secrets: [secret, 'db-pass-word'], pretty: false, destination: sink });
    const gate = new QuestionGate({ logger, rateLimitPerMinute: 0, maxInFlight: 2 });
    await gate.answer(GERS_QUESTION, alice, (q) => t.engine.ask(q));
    logger.error(
      { error: new Error(`auth failed for ${secret}`), token: 'abc', config: { signingSecret: 'shh' } },
      'slack failed with db-pass-word',
    );
    logger.info({ note: 'xapp-1-A0B-token-shaped' }, 'token-shaped');
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'question', platform: 'slack', outcome: 'answered', answered: true });
    expect(out).not.toContain('chantiers');
    for (const leaked of [secret, 'db-pass-word', 'shh', '"abc"', 'xapp-1-A0B']) expect(out).not.toContain(leaked);
    expect(lines[1]).toMatchObject({ level: 50, msg: 'slack failed with [redacted]', token: '[redacted]' });

    out = '';
    const debug = createLogger({ level: 'debug', pretty: false, destination: sink });
    await new QuestionGate({ logger: debug, rateLimitPerMinute: 0, maxInFlight: 2 }).answer(GERS_QUESTION, alice, (q) => t.engine.ask(q));
    expect(out).toContain(`"question":"${GERS_QUESTION}"`);
  });
});
