// Front-matter as the corpus loader reads it back: YAML that keeps a title's colon and quotes intact.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlFrontMatter } from '../../src/documents/frontMatter.ts';

describe('yamlFrontMatter', () => {
  it('writes the fields as YAML that reads back the same, one per line', async () => {
    const fields = { title: 'Fibre : le "plan" départemental # 2', date: '2021-05-14', url: 'https://exemple.fr/communique' };
    const yaml = await yamlFrontMatter(fields);
    expect(yaml.endsWith('\n')).toBe(true);
    expect(yaml.trim().split('\n')).toHaveLength(3);
    expect(parse(yaml)).toEqual(fields);
  });
});
