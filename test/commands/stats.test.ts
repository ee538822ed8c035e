import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import type { CommandContext } from '../../commands/command.ts';
import { replyAsPlainText } from '../../commands/reply.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { statsCommand } from '../../commands/stats.ts';
import { silentLogger } from '../../src/engine/index.ts';
import { QuestionGate } from '../../src/operations/questionGate.ts';
import { QuestionStats } from '../../src/operations/questionStats.ts';
import { InMemoryFeedbackStore } from '../../src/conversation/inMemoryFeedbackStore.ts';
import { GERS_QUESTION, openTestEngine, type TestEngine } from '../operations/helpers.ts';

let t: TestEngine;
let context: CommandContext;
beforeAll(async () => {
  t = await openTestEngine();
  const stats = await QuestionStats.open({ dataDir: t.dataDir, logger: silentLogger });
  const questions = new QuestionGate({ logger: silentLogger, rateLimitPerMinute: 0, maxInFlight: 4, stats });
  context = { engine: t.engine, logger: silentLogger, commands: allCommands, progress: async () => {}, questions };
  const invoker = { platform: 'slack' as const, userId: 'U1', isAdmin: false };
  for (const q of [GERS_QUESTION, 'Quel est le budget de la 5G à Lyon ?', 'budget de la 5G pour Lyon', 'Qui dirige Orange à Brest ?']) {
    await questions.answer(q, invoker, (x) => t.engine.ask(x));
  }
  await stats.flush();
});
afterAll(async () => {
  await t?.cleanup();
});

const run = (isAdmin: boolean, locale: 'fr' | 'en' = 'fr', ctx = context) =>
  runCommand(statsCommand, { options: {}, locale, invoker: { platform: 'discord', userId: 'A1', isAdmin } }, ctx);

describe('stats command', () => {
  it('is refused to non-admins', async () => {
    expect((await run(false)).heading).toMatch(/Seuls les administrateurs/);
  });

  it('shows questions asked, share answered, median time, unanswered groups and cited documents (privately)', async () => {
    const reply = await run(true);
    expect(reply.ephemeral).toBe(true);
    const text = replyAsPlainText(reply);
    expect(text).toMatch(/4 questions depuis le \d{4}-\d{2}-\d{2} : 1 avec réponse \(25 %\) ; temps de réponse médian \d+ ms\./);
    expect(text).toContain('• 2 × [5g, budget, lyon] « budget de la 5G pour Lyon »');
    expect(text).toMatch(/• 1 × .*Gers.* — corpus\/002_dc55de66c2507726\.txt/);
    expect(replyAsPlainText(await run(true, 'en'))).toMatch(/4 questions since .*: 1 answered \(25 %\)/);
  });

  it('shows the share of helpful answers and the answers judged not helpful most, with their sources', async () => {
    const feedback = new InMemoryFeedbackStore();
    const vote = (answerId: string, voterHash: string, v: 'up' | 'down', question: string) =>
      feedback.vote({ answerId, voterHash, vote: v, platform: 'slack', question, sources: ['corpus/002_dc55de66c2507726.txt'] });
    await vote('a1', 'h1', 'up', GERS_QUESTION);
    await vote('a2', 'h1', 'down', 'Qui finance le Gers ?');
    await vote('a2', 'h2', 'down', 'Qui finance le Gers ?');
    await vote('a3', 'h2', 'up', 'Combien de prises ?');
    const stats = await QuestionStats.open({ dataDir: t.dataDir, logger: silentLogger });
    const questions = new QuestionGate({ logger: silentLogger, rateLimitPerMinute: 0, maxInFlight: 4, stats, feedback });
    const text = replyAsPlainText(await run(true, 'fr', { ...context, questions }));
    expect(text).toContain('Avis sur les réponses : 4, dont 50 % utiles.');
    expect(text).toContain('• 2 👎 / 0 👍 « Qui finance le Gers ? » — corpus/002_dc55de66c2507726.txt');
    expect(replyAsPlainText(await run(true, 'en', { ...context, questions }))).toContain('Votes on answers: 4, 50 % helpful.');
  });

  it('says when nothing is recorded', async () => {
    const bare = { ...context, questions: undefined };
    expect((await run(true, 'en', bare)).heading).toBe('No questions recorded yet.');
  });
});
