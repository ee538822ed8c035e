// npm run ask -- "question"           one answer, for a person
// npm run ask -- --json < questions   one JSON line per input line, blank or failing ones included (see
//                                     answerJsonLine.ts, answerBatch.ts); stdout holds nothing else
// --corpus DIR (or CORPUS_DIR) indexes another folder.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, searchEngineOptions } from '../config.ts';
import { stderrLogger } from '../engine/logger.ts';
import { RelaisEngine } from '../engine/relaisEngine.ts';
import { answerBatch } from './answerBatch.ts';
import { answerLine } from './terminalChat.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write('usage: npm run ask -- [--corpus DIR] "question"\n       npm run ask -- [--corpus DIR] --json < questions.txt\n');
    return 0;
  }
  const config = loadConfig(values.corpus ? { CORPUS_DIR: values.corpus } : {});
  const logger = stderrLogger(values.json && config.logLevel === 'info' ? 'warn' : config.logLevel);
  const engine = await RelaisEngine.open({
    corpusDir: config.corpusDir, dataDir: config.dataDir, maxFileBytes: config.maxFileBytes,
    maxQuestionLength: config.maxQuestionLength, logger, ...searchEngineOptions(config),
  });
  if (values.json) {
    const lines = createInterface({ input: process.stdin, terminal: false });
    await answerBatch(lines, (q) => engine.ask(q), (json) => process.stdout.write(`${json}\n`), logger);
    return 0;
  }
  const question = positionals.join(' ');
  if (!question.trim()) {
    process.stderr.write('usage: npm run ask -- "Combien de prises sont éligibles à la fibre dans le Gers ?"\n');
    return 2;
  }
  await answerLine(question, engine, logger, Boolean(process.stdout.isTTY), (s) => process.stdout.write(`${s}\n`));
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `relais ask: ${error instanceof Error ? error.stack : String(error)}`}\n`);
    process.exitCode = 1;
  },
);
