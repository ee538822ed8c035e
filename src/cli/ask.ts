// npm run ask -- "question"           one answer, for a person
// npm run ask -- --json < questions   one JSON line per input line, blank or failing ones included (see
//                                     answerJsonLine.ts, answerBatch.ts); stdout holds nothing else
// --corpus DIR (or CORPUS_DIR) indexes another folder.
import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from '../config.ts';
import { openForTerminal } from '../compositionRoot.ts';
import { StartupError } from '../startupError.ts';
import { answerBatch } from './answerBatch.ts';
import { readCommandLine } from './commandLine.ts';

const USAGE = 'npm run ask -- [--corpus DIR] "question"\n       npm run ask -- [--corpus DIR] --json < questions.txt';

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine(
    {
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`usage: ${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(values.corpus ? { CORPUS_DIR: values.corpus } : {});
  const relais = await openForTerminal(config);
  const { engine, logger } = relais;
  if (values.json) {
    const lines = createInterface({ input: process.stdin, terminal: false });
    await answerBatch(
      lines,
      (q, locale) => engine.ask(q, { locale }),
      (json) => process.stdout.write(`${json}\n`),
      logger,
    );
    return 0;
  }
  const question = positionals.join(' ');
  if (!question.trim()) {
    process.stderr.write('usage: npm run ask -- "Combien de prises ouvertes à la fibre compte le Gers ?"\n');
    return 2;
  }
  await relais.answerLine(question, Boolean(process.stdout.isTTY), (s) => process.stdout.write(`${s}\n`));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const line =
      error instanceof ConfigError
        ? error.message
        : error instanceof StartupError
          ? `relais ask: ${error.message}`
          : `relais ask: ${error instanceof Error ? error.stack : String(error)}`;
    process.stderr.write(`${line}\n`);
    process.exitCode = error instanceof StartupError ? error.exitCode : 1;
  },
);
