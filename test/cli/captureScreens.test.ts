// The README's "Screens" are what the renderers produce today: regenerated here and compared, so a
// change to the reply layout that forgets `npm run screens` fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENS_CORPUS, SCREENS_END, SCREENS_START, withScreens } from '../../src/cli/captureScreens.ts';
import { screenCaptures } from '../../src/compositionRoot.ts';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README screens', () => {
  it('match what the Slack, Discord and terminal renderers produce now', async () => {
    const captures = await screenCaptures(SCREENS_CORPUS);
    expect(withScreens(README, captures)).toBe(README);
  });

  it('show, for each platform, a number, a list and a miss', () => {
    const section = README.slice(README.indexOf(SCREENS_START), README.indexOf(SCREENS_END));
    expect(section.match(/^### /gm)).toHaveLength(3);
    expect(section.match(/^Slack \(Block Kit blocks\):$/gm)).toHaveLength(3);
    expect(section.match(/^Discord \(message payload\):$/gm)).toHaveLength(3);
    expect(section.match(/^Terminal:$/gm)).toHaveLength(3);
    expect(section).toContain('Le corpus ne répond pas');
    expect(section).toContain('(Lire le passage)');
  });

  it('refuse a README without the markers', () => {
    expect(() => withScreens('# Relais\n', 'x')).toThrow(/markers/);
  });
});
