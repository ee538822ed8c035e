// A table read ahead in the background is the same table a plain read gives; reading ahead never
// fails by itself, and does nothing once the table was read.
import { describe, expect, it } from 'vitest';
import { SortedTable } from '../../../src/engine/language/sortedTable.ts';

const WORDS = ['broadband', 'network', 'town hall', 'rollout', 'fiber'];

describe('SortedTable.readAhead', () => {
  it('brings in the bytes the first read takes, with the same look-ups as a plain read', async () => {
    await SortedTable.readAhead('en-fr.tsv');
    const ahead = SortedTable.read('en-fr.tsv');
    const plain = SortedTable.read('en-fr.tsv');
    expect(ahead.size).toBe(plain.size);
    expect(ahead.size).toBeGreaterThan(1000);
    for (const word of WORDS) expect(ahead.get(word)).toEqual(plain.get(word));
  });

  it('does nothing for a table already read', async () => {
    SortedTable.read('french-derivations.tsv');
    await expect(SortedTable.readAhead('french-derivations.tsv')).resolves.toBeUndefined();
  });

  it('leaves a missing table for the read to report', async () => {
    await expect(SortedTable.readAhead('no-such-table.tsv')).resolves.toBeUndefined();
    expect(() => SortedTable.read('no-such-table.tsv')).toThrow(/ENOENT/);
  });
});

describe('SortedTable.get', () => {
  it('answers a look-up made again as it did the first time, found or not', () => {
    const table = SortedTable.fromLines(['fibre\tfiber', 'mairie\ttown hall', 'pylône\tmast\tpylon']);
    for (let pass = 0; pass < 2; pass++) {
      expect(table.get('pylône')).toEqual(['mast', 'pylon']);
      expect(table.get('mairie')).toEqual(['town hall']);
      expect(table.get('commune')).toBeUndefined();
      expect(table.get('')).toBeUndefined();
    }
  });
});

describe('SortedTable.startingWith', () => {
  it('walks the keys a prefix begins, in order, and no further', () => {
    const table = SortedTable.fromLines(['fibre\tfiber', 'fibré\tfibred', 'fib\tshort', 'fil\twire', 'ferme\tfarm', '', 'fibrer\tx']);
    expect(Array.from(table.startingWith('fibr'), ([key]) => key)).toEqual(['fibre', 'fibrer', 'fibré']);
    expect([...table.startingWith('fil')]).toEqual([['fil', ['wire']]]);
    expect([...table.startingWith('zz')]).toEqual([]);
    expect([...table.startingWith('')]).toEqual([]);
  });
});
