// The word count that tells a heading from a sentence, counted without building the words.
import { describe, expect, it } from 'vitest';
import { answers, hasPieces, needsEvidence } from '../../../src/engine/answer/decideAnswer.ts';
import type { ScoredPassage } from '../../../src/engine/answer/scorePassages.ts';

describe('hasPieces', () => {
  it('counts the pieces between runs of whitespace, as splitting at /\\s+/ would', () => {
    const lines = [
      'Contact presse',
      'Le Département a voté 12 M€ pour la fibre.',
      '  Vannes,\u00a0le 3\u202fmai  ',
      'Fibre\tet\nmontée en débit',
      '',
    ];
    for (const line of lines) {
      for (let count = 0; count <= 10; count++)
        expect(hasPieces(line, count), `${JSON.stringify(line)} ${count}`).toBe(line.split(/\s+/).length >= count);
    }
  });

  it('tells a dateline from a sentence of five words', () => {
    expect(hasPieces('Vannes, le 3 mai', 5)).toBe(false);
    expect(hasPieces('La Région finance le réseau.', 5)).toBe(true);
  });
});

describe('needsEvidence', () => {
  it('asks evidence of every kind of answer but what "que" asks and a cause, often told without a connective', () => {
    expect(needsEvidence('date')).toBe(true);
    expect(needsEvidence('person')).toBe(true);
    expect(needsEvidence('other')).toBe(false);
    expect(needsEvidence('reason')).toBe(false);
  });

  it('asks evidence of what "que" asks when it is a name ("quel est le nom de…"): a sentence naming none does not answer it', () => {
    expect(needsEvidence('other', true)).toBe(true);
  });
});

describe('answers', () => {
  /** A passage of a contact block, the name its span, otherwise a sure answer. */
  const line = (text: string): ScoredPassage =>
    ({
      passage: { text },
      span: { start: 0, end: 'Odile Marchetti'.length, strength: 1 },
      coverage: 1,
      evidence: 1,
      missesName: false,
      nameInPassing: false,
      focusFound: true,
    }) as unknown as ScoredPassage;

  it('takes a short contact line for its name, its mail address and phone number being details, not more words', () => {
    expect(answers(line('Odile Marchetti odile.marchetti@exemple.fr 0600000000'), 'person')).toBe(true);
    expect(answers(line('Odile Marchetti – Tél. : 01 23 45 67 89'), 'person')).toBe(true);
    // a short line saying more than its name states something else
    expect(answers(line('Odile Marchetti, conseillère départementale'), 'person')).toBe(false);
  });

  // (bounded in time: a pattern that backtracks takes tens of seconds here, a linear reading milliseconds)
  it(
    'reads a line of one long run without spaces at once, as no contact line (a mangled page must not stall an answer)',
    {
      timeout: 5_000,
    },
    () => {
      expect(answers(line(`Odile Marchetti ${'x'.repeat(200_000)}`), 'person')).toBe(false);
    },
  );

  it('takes a sentence of a few words for a statement, where a heading or a fragment of as many words names a subject', () => {
    const passage = (text: string, answer: string): ScoredPassage =>
      ({
        passage: { text },
        span: { start: text.indexOf(answer), end: text.indexOf(answer) + answer.length, strength: 0.9 },
        coverage: 0.6,
        evidence: 0.9,
        missesName: false,
        nameInPassing: false,
        focusFound: true,
      }) as unknown as ScoredPassage;
    expect(answers(passage('L’accueil dure deux heures.', 'deux heures'), 'duration')).toBe(true);
    expect(answers(passage('Permanence de deux heures', 'deux heures'), 'duration')).toBe(false);
    expect(answers(passage('L’accueil dure deux heures…', 'deux heures'), 'duration')).toBe(false);
    // quoted, as a mayor's words are: a statement all the same
    expect(answers(passage('« Le bourg fait 3 km2. »', '3 km2'), 'number')).toBe(true);
    expect(answers(passage('“Sorrac fait environ 3km2.', '3km2'), 'number')).toBe(true);
  });

  describe('a figure of weak evidence (a number that names nothing it counts)', () => {
    const text = 'Dans la vallée, les prises raccordables sont désormais au nombre de 3 850.';
    const weak = (own: number, local: number, evidence = 0.4): ScoredPassage =>
      ({
        passage: { text },
        span: { start: text.indexOf('3 850'), end: text.indexOf('3 850') + 5, strength: evidence },
        coverage: 0.7,
        own,
        local,
        evidence,
        missesName: false,
        nameInPassing: false,
        focusFound: true,
      }) as unknown as ScoredPassage;

    it('answers when the sentence itself says much of the question, its words other than names too', () => {
      expect(answers(weak(0.6, 0.5), 'number')).toBe(true);
      expect(answers(weak(0.6, 0.5), 'date')).toBe(true);
    });

    it('does not when the words are said around the sentence, or are only its names', () => {
      expect(answers(weak(0.2, 0.5), 'number')).toBe(false);
      expect(answers(weak(0.6, 0.1), 'number')).toBe(false);
    });

    it('does not for a name asked: a person is named or not', () => {
      expect(answers(weak(0.6, 0.5), 'person')).toBe(false);
    });

    it('does not for a number before a noun of its own, which counts that noun (0.3)', () => {
      expect(answers(weak(0.6, 0.5, 0.3), 'number')).toBe(false);
    });
  });
});
