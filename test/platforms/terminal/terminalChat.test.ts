// The terminal chat in-process: each line a question or a command, read by the same parser as Slack's /relais.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../src/platforms/terminal/terminalChat.ts';
import { silentLogger } from '../../../src/engine/index.ts';
import { openTestEngine, type TestEngine } from '../../operations/helpers.ts';

let t: TestEngine;
beforeAll(async () => {
  t = await openTestEngine();
});
afterAll(async () => {
  await t?.cleanup();
});

async function chat(...lines: string[]): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  input.end(`${lines.join('\n')}\n`);
  await runTerminalChat({ engine: t.engine, logger: silentLogger, input, output, interactive: false });
  // One reply per line, separated by a blank line.
  return text.trim().split('\n\n');
}

describe('terminal chat', () => {
  it('asks lines that begin with a command word but read as questions, and runs bare commands (issue 14, item 4)', async () => {
    const [aide, sources, stats, help] = await chat(
      "Aide de l'État pour la fibre dans le Gers ?",
      'Sources de financement de la fibre',
      'Stats fibre Gers',
      'aide',
    );
    for (const reply of [aide, sources, stats]) {
      expect(reply).not.toContain('Posez une question précise');
      expect(reply).not.toMatch(/communiqué\(s\)|Aucune question enregistrée/);
      // An answer opens with its fact; a miss says so.
      expect(reply).toMatch(/Le corpus ne répond pas|Je ne trouve pas de réponse sûre|^« /m);
    }
    expect(help).toContain('Posez une question précise');
  });

  it('reads "sources 2" as page 2 of the list', async () => {
    const [reply] = await chat('sources 2');
    expect(reply).toMatch(/^5 communiqué\(s\) :/);
    expect(reply).not.toContain('« 2 »');
  });
});
