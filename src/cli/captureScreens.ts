// npm run screens: rewrites the README's "Screens" captures (between the screens markers) from the
// real renderers, so they show what the code sends today. test/cli/captureScreens.test.ts fails when
// the README and the renderers disagree.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { screenCaptures } from '../compositionRoot.ts';

export const SCREENS_START = '<!-- screens:start (npm run screens) -->';
export const SCREENS_END = '<!-- screens:end -->';

const REPO = path.resolve(import.meta.dirname, '../..');
export const SCREENS_CORPUS = path.join(REPO, 'docs', 'screens-corpus');

/** The README with its captures replaced. */
export function withScreens(readme: string, captures: string): string {
  const start = readme.indexOf(SCREENS_START);
  const end = readme.indexOf(SCREENS_END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${SCREENS_START} … ${SCREENS_END} are missing`);
  return `${readme.slice(0, start + SCREENS_START.length)}\n\n${captures.trim()}\n\n${readme.slice(end)}`;
}

async function main(): Promise<void> {
  const file = path.join(REPO, 'README.md');
  const readme = await readFile(file, 'utf8');
  await writeFile(file, withScreens(readme, await screenCaptures(SCREENS_CORPUS)));
  process.stdout.write('README.md: screens updated\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`relais screens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
