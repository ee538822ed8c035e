// npm run eval [-- --questions FILE --verbose]: pipes the eval questions through `ask --json` (the
// same process contract anyone can script against) and prints the shared scorer's line.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: path.resolve(root, '..', 'shared', 'eval', 'questions.public.jsonl') },
    scorer: { type: 'string', default: path.resolve(root, '..', 'shared', 'eval', 'score.mjs') },
    verbose: { type: 'boolean', default: false },
  },
});

function run(command: string, args: string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
    child.stdin.end(stdin ?? '');
  });
}

const questions = readFileSync(values.questions, 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => String((JSON.parse(l) as { question: string }).question).replace(/\s+/g, ' '));
const answers = await run(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json'], `${questions.join('\n')}\n`);
const file = path.join(mkdtempSync(path.join(tmpdir(), 'relais-eval-')), 'answers.jsonl');
writeFileSync(file, answers);
const args = [values.scorer, '--questions', values.questions, '--answers', file];
if (values.verbose) args.push('--verbose');
process.stdout.write(await run(process.execPath, args));
