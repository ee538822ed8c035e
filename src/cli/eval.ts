// npm run eval [-- --corpus DIR --questions FILE --verbose]: pipes the eval questions through
// `ask --json` (the same process contract anyone can script against) over the configured corpus
// (CORPUS_DIR, or --corpus), and prints the shared scorer's line. The answers go through a temporary
// folder, removed at the end.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { StartupError } from '../startupError.ts';
import { readCommandLine } from './commandLine.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const USAGE = 'npm run eval -- [--corpus DIR] [--questions FILE] [--scorer FILE] [--verbose]';

function run(label: string, command: string, args: string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new StartupError(`${label} exited ${code}; its message is above.`))));
    child.stdin.end(stdin ?? '');
  });
}

async function main(): Promise<void> {
  const { values } = readCommandLine(
    {
      options: {
        corpus: { type: 'string' },
        questions: { type: 'string', default: path.resolve(root, '..', 'shared', 'eval', 'questions.public.jsonl') },
        scorer: { type: 'string', default: path.resolve(root, '..', 'shared', 'eval', 'score.mjs') },
        verbose: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  // The corpus the answers come from: --corpus, else CORPUS_DIR (environment or .env), else the bundled one.
  const corpusDir = path.resolve(values.corpus ?? loadConfig().corpusDir);
  process.stderr.write(`relais eval: corpus ${corpusDir}\n`);
  const questions = readFileSync(values.questions, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { question: string }).question).replace(/\s+/g, ' '));
  const answers = await run(
    'ask --json',
    process.execPath,
    ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--corpus', corpusDir],
    `${questions.join('\n')}\n`,
  );
  const folder = mkdtempSync(path.join(tmpdir(), 'relais-eval-'));
  try {
    const file = path.join(folder, 'answers.jsonl');
    writeFileSync(file, answers);
    const args = [values.scorer, '--questions', values.questions, '--answers', file];
    if (values.verbose) args.push('--verbose');
    process.stdout.write(await run('the scorer', process.execPath, args));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const line =
    error instanceof ConfigError
      ? error.message
      : error instanceof StartupError
        ? `relais eval: ${error.message}`
        : `relais eval: ${error instanceof Error ? error.stack : String(error)}`;
  process.stderr.write(`${line}\n`);
  process.exitCode = error instanceof StartupError ? error.exitCode : 1;
});
