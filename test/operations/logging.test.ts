// The logger on a terminal: pino-pretty, loaded only then, still blanks secrets. Run in a child process
// because the pretty stream writes to the process's own stderr.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOGGING = new URL('../../src/operations/logging.ts', import.meta.url).href;
const REPO = fileURLToPath(new URL('../../', import.meta.url));

function logInChild(pretty: boolean): string {
  const script = `
    const { createLogger } = await import(${JSON.stringify(LOGGING)});
    const logger = createLogger({ level: 'info', pretty: ${pretty}, secrets: ['jeton-tres-secret-42'] });
    logger.info({ token: 'xoxb-123-abc', note: 'avec jeton-tres-secret-42 dedans' }, 'ligne de test');
  `;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stderr;
}

describe('createLogger', () => {
  it('pretty-prints for a terminal, secrets blanked', () => {
    const out = logInChild(true);
    expect(out).toContain('ligne de test');
    expect(out).toMatch(/INFO/);
    expect(out).not.toContain('jeton-tres-secret-42');
    expect(out).not.toContain('xoxb-123-abc');
    expect(out).not.toMatch(/^\{/);
  });

  it('writes JSON lines otherwise, secrets blanked', () => {
    const line = JSON.parse(logInChild(false).trim()) as { msg: string; note: string; token: string };
    expect(line.msg).toBe('ligne de test');
    expect(line.note).not.toContain('jeton-tres-secret-42');
    expect(line.token).not.toContain('xoxb');
  });
});
