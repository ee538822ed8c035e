import { describe, expect, it } from 'vitest';
import { usableTitle } from '../../../src/engine/corpus/metadataTitle.ts';

describe('usableTitle', () => {
  it('keeps a real title, spaces collapsed', () => {
    expect(usableTitle('  Le Gers  raccorde ses villages ')).toBe('Le Gers raccorde ses villages');
  });

  it.each([
    'Microsoft Word - CP_fibre_v3.docx', 'communique-final.pdf', 'Untitled', 'Sans titre 3', 'Document1', 'Diapositive 1', '   ', '12/04', 42,
  ])('refuses %j', (value) => {
    expect(usableTitle(value)).toBeUndefined();
  });
});
