import { describe, expect, it } from 'vitest';
import { SAFE_FILE_NAME, contentTag, safeFileName } from '../../src/documents/safeFileName.ts';

const bytes = Buffer.from('Le Gers raccorde ses villages.');

describe('safeFileName', () => {
  it('makes a readable name from a French title and the content hash', () => {
    expect(safeFileName('L’Ardèche accélère le raccordement : 48 200 prises !', 'pdf', bytes)).toBe(
      `l-ardeche-accelere-le-raccordement-48-200-prises-${contentTag(bytes)}.pdf`,
    );
  });

  it.each([
    '../../etc/passwd',
    '..\\..\\windows\\system32',
    '/absolute/path',
    'CON',
    'nul\u0000byte',
    '\u202etxt.exe',
    '   ',
    '',
    '.hidden',
    'a'.repeat(500),
    '%2e%2e%2f',
    '🙂🙂',
    'x\n---\ntitle: autre',
  ])('keeps nothing of a path or control in %j', (label) => {
    const name = safeFileName(label, 'md', bytes);
    expect(name).toMatch(SAFE_FILE_NAME);
    expect(name).not.toMatch(/[/\\.]{2}|^\./);
    expect(name.length).toBeLessThanOrEqual(80);
  });

  it('only for the formats the corpus reads', () => {
    expect(() => safeFileName('page', 'html', bytes)).toThrow();
    expect(() => safeFileName('page', 'exe', bytes)).toThrow();
  });
});
