// Reading a command's options with node:util's parseArgs, where a mistake (an unknown option, a
// missing value) is one line naming the option and the usage, exit code 2 — not a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../startupError.ts';

export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's messages add advice about "--" that does not apply here: keep the first sentence.
    const first = (error as Error).message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? 'invalid arguments';
    throw new UsageError(`${first}. Usage: ${usage.replace(/\s*\n\s*/g, ' | ')}`);
  }
}
